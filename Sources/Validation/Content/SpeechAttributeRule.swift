import Diagnostics
import XMLSupport

/// EPUB 3's SSML attributes: an `ssml:ph` pronunciation that is empty or only white space
/// tells a speech engine nothing (HTM-007, a warning), in XHTML and SVG alike.
struct SpeechAttributeRule: DocumentRule {
    let codes: [DiagnosticCode] = [.htm007]
    let versions: EPUBVersions = .epub3

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard !e.attributes.isEmpty, let ph = e.attribute("ph", namespace: NS.ssml), ph.allSatisfy(\.isWhitespace) else { return }
            sink.emit(.htm007, ["\(e.qualifiedName)"],
                      at: document.location(of: e), suggestion: "Give the pronunciation (in the ssml:alphabet's notation), or remove ssml:ph.")
        }
    }
}
