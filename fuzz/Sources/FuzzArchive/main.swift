import Diagnostics
import FuzzSupport
import OCF
import Validation

/// An `.epub` of arbitrary bytes, read within the default limits and checked: `imprint check`
/// on one file, without the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    var sink = DiagnosticSink()
    if let (listing, publication) = Archive.read(data: fuzzInput(bytes, count), name: "fuzz.epub", sink: &sink) {
        _ = Checker().check(publication, listing: listing, container: "fuzz.epub", sink: &sink)
    }
    return 0
}

runFuzzer(fuzz)
