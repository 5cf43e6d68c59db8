import Diagnostics
import Foundation
import FuzzSupport
import Validation

/// One document of a valid book replaced by arbitrary bytes, then checked: the first byte picks
/// the document (package document, container.xml, XHTML, navigation, CSS, SVG, EPUB 2 package,
/// NCX, EPUB 2 XHTML), the rest is its content.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let input = fuzzInput(bytes, count)
    guard let first = input.first else { return 0 }
    let slots = SkeletonBook.Slot.allCases
    let slot = slots[Int(first) % slots.count]
    let publication = SkeletonBook.publication(slot, with: input.dropFirst())
    var sink = DiagnosticSink()
    _ = Checker().check(publication, listing: nil, container: "fuzz", sink: &sink)
    return 0
}

runFuzzer(fuzz)
