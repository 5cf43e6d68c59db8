import FuzzSupport

/// A Markdown manuscript of arbitrary bytes (`book.md`): decoding, front matter, cmark-gfm and
/// the converter, assembly, rendering, and the build's own checks of its output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    BookPipeline.build(bytes: fuzzInput(bytes, count), name: "book.md")
    return 0
}

runFuzzer(fuzz)
