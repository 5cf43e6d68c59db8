import Diagnostics
import XMLSupport

/// EPUB 3's restrictions on SVG, inline in XHTML or in SVG documents (RSC-005):
///
/// - `epub:type` only on SVG's structural (`svg`, `g`, `defs`, `symbol`, `use`), shape and
///   text elements;
/// - a `title` holds text and HTML phrasing content: no SVG elements, nothing of other
///   namespaces;
/// - a `foreignObject` holds HTML flow content (an SVG document may also wrap it in one HTML
///   `body`), never HTML's document metadata.
///
/// The HTML inside is held to HTML's attributes by AttributeRule.
struct SVGContentRule: DocumentRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    let versions: EPUBVersions = .epub3

    static let typedElements: Set<String> = [
        "svg", "g", "defs", "symbol", "use",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "altGlyph", "textPath", "tref", "tspan",
    ]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML || document.isSVG ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        init(document: DocumentInput) { self.document = document }

        private func report(_ message: String, at e: XMLElement, _ suggestion: String, _ sink: inout DiagnosticSink) {
            sink.emit(.xmlSchemaViolation, [message], at: document.location(of: e), suggestion: suggestion)
        }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard let parent = ancestors.last else { return }
            if e.namespaceKind != .xhtml, e.namespaceKind != .mathml, e.attribute("type", namespace: NS.epub) != nil,
               e.namespaceKind != .svg || !SVGContentRule.typedElements.contains(e.localName),
               e.namespaceKind == .svg || parent.namespaceKind == .svg {
                report("attribute \"epub:type\" not allowed on the SVG element \"\(e.qualifiedName)\"", at: e,
                       "In SVG, epub:type goes on structural, shape and text elements only.", &sink)
            }
            guard parent.namespaceKind == .svg else { return }
            if parent.localName == "title" {
                switch e.namespaceKind {
                case .xhtml:
                    if let rule = HTMLVocabulary.xhtml[e.localName], rule.asPhrasing != nil || rule.isTransparent { return }
                    report("element \"\(e.localName)\" not allowed here; an SVG title holds text and HTML phrasing content", at: e,
                           "Keep the title to text and inline HTML.", &sink)
                case .svg:
                    report("element \"\(e.localName)\" not allowed here; an SVG title holds text and HTML phrasing content", at: e,
                           "Keep drawing elements out of the title.", &sink)
                default:
                    report("elements from namespace \"\(e.namespace ?? "")\" are not allowed in an SVG title", at: e,
                           "Keep the title to text and inline HTML.", &sink)
                }
            } else if parent.localName == "foreignObject" {
                guard e.namespaceKind == .xhtml else { return }
                if e.localName == "body" && document.isSVG && !parent.elementChildren.contains(where: { $0 !== e && $0.localName == "body" }) {
                    return
                }
                if let rule = HTMLVocabulary.xhtml[e.localName], rule.asFlow != nil || rule.asPhrasing != nil || rule.isTransparent { return }
                report("element \"\(e.localName)\" not allowed here; a foreignObject holds HTML flow content", at: e,
                       "Put only body content (paragraphs, divisions, images …) in the foreignObject.", &sink)
            }
        }
    }
}
