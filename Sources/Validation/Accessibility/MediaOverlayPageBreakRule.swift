import Diagnostics
import XMLSupport

/// Media overlays mark the page breaks they narrate (Ace's epub-pagelist-mediaoverlays,
/// serious): a SMIL `text` that points at a page break of its content document carries
/// `epub:type="pagebreak"`, on itself or on the `par` or `seq` around it, so that a reading
/// system can skip page numbers while it reads aloud (EPUB Media Overlays 3.3 §3.4, skippable
/// structures). Without it the page number is read out in the middle of a sentence.
struct MediaOverlayPageBreakRule: PublicationRule {
    let codes: [DiagnosticCode] = [.a11y016]
    var concern: RuleConcern { .accessibility }
    var versions: EPUBVersions { .epub3 }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.mediaType.trimmingCharacters(in: .whitespaces) == MediaType.smil {
            guard let root = context.documents[item.path]?.root else { continue }
            var stack: [(element: XMLElement, marked: Bool)] = [(root, false)]
            while let (e, inherited) = stack.popLast() {
                let marked = inherited || Self.marksPageBreak(e)
                if e.localName == "text", let src = e.attribute("src"), !marked {
                    let url = ContainerURL(src, relativeTo: item.path)
                    if let id = url.fragment, !id.isEmpty,
                       context.facts[url.path]?.accessibility?.pageBreaks.contains(where: { $0.id == id }) == true {
                        sink.emit(.a11y016, [src], at: context.location(item.path, line: e.line, column: e.column),
                                  suggestion: "Add epub:type=\"pagebreak\" to the par that holds this text element.")
                    }
                }
                for child in e.elementChildren.reversed() { stack.append((child, marked)) }
            }
        }
    }

    private static func marksPageBreak(_ e: XMLElement) -> Bool {
        (e.attribute("type", namespace: NS.epub) ?? "").split(whereSeparator: \.isWhitespace).contains("pagebreak")
    }
}
