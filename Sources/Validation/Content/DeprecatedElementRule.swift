import Diagnostics
import XMLSupport

/// Content elements EPUB 3.3 deprecates, which EPUBCheck 5.3 warns about (RSC-017):
/// `epub:switch` (use MathML with an alternative image or text) and `epub:trigger` (use
/// scripts or the media elements' own controls).
struct DeprecatedElementRule: DocumentRule {
    let codes: [DiagnosticCode] = [.rsc017]
    var versions: EPUBVersions { .epub3 }

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        var subscriptions: Set<String>? { ["switch", "trigger"] }
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespace == NS.epub else { return }
            let instead = e.localName == "switch"
                ? "Write the MathML (or other markup) directly, with its own fallback (alttext, an image)."
                : "Use the audio or video element's controls, or a script."
            sink.emit(.rsc017, "Warning while parsing file: the \"epub:\(e.localName)\" element is deprecated",
                      at: document.location(of: e), suggestion: instead)
        }
    }
}
