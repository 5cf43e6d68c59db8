import FuzzSupport

/// A `book.yaml` of arbitrary bytes: Yams behind the depth and alias guard, the metadata walker,
/// then a one-chapter book with that metadata, rendered and checked as the build does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    BookPipeline.build(metadata: fuzzInput(bytes, count))
    return 0
}

runFuzzer(fuzz)
