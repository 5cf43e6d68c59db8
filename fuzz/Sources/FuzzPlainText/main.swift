import FuzzSupport

/// A plain-text manuscript of arbitrary bytes (`book.txt`): decoding, front matter, the
/// plain-text reader, assembly, rendering, and the build's own checks of its output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    BookPipeline.build(bytes: fuzzInput(bytes, count), name: "book.txt")
    return 0
}

runFuzzer(fuzz)
