import Diagnostics
import XMLSupport

/// What the publication-level accessibility rules need from one content document, gathered in
/// its one walk (`AccessibilityScanner`) when `--accessibility` asks for them: page breaks,
/// images without a text alternative, and media that may flash.
struct AccessibilityFacts: Sendable {
    struct PageBreak: Sendable {
        var id: String?
        var line: Int?
        var column: Int?
    }

    var pageBreaks: [PageBreak] = []
    /// The links of a `nav` with epub:type `page-list` (in the navigation document), in order.
    var pageListLinks: [(href: String, line: Int?, column: Int?)] = []
    /// Images (img, input type=image, role="img", svg role="img") without a text alternative.
    var imagesWithoutAlternative = 0
    var firstImageWithoutAlternative: (line: Int?, column: Int?)?
    /// `video` elements: moving pictures whose flashing nobody has assessed.
    var videos = 0
}

/// Gathers a document's `AccessibilityFacts` during its one walk.
final class AccessibilityScanner: ElementWalker {
    private(set) var facts = AccessibilityFacts()
    private var hidden = HiddenScope()
    /// The page-list nav the walk is in, if any.
    private var pageList: XMLElement?
    var wantsLeave: Bool { true }

    func leave(_ e: XMLElement, into sink: inout DiagnosticSink) {
        hidden.leave(e)
        if pageList === e { pageList = nil }
    }

    func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
        hidden.enter(e)
        if pageList == nil, e.localName == "nav",
           (e.attribute("type", namespace: NS.epub) ?? "").split(whereSeparator: \.isWhitespace).contains("page-list") {
            pageList = e
        }
        if PageBreaks.isPageBreak(e) {
            facts.pageBreaks.append(.init(id: e.attribute("id"), line: e.line, column: e.column))
        }
        if !hidden.isHidden, TextAlternatives.lacksAlternative(e) {
            facts.imagesWithoutAlternative += 1
            if facts.firstImageWithoutAlternative == nil { facts.firstImageWithoutAlternative = (e.line, e.column) }
        }
        if e.namespaceKind == .xhtml && e.localName == "video" { facts.videos += 1 }
        if pageList != nil, e.namespaceKind == .xhtml, e.localName == "a", let href = e.attribute("href") {
            facts.pageListLinks.append((href, e.line, e.column))
        }
    }
}

/// Page breaks as EPUB marks them: `epub:type="pagebreak"` or `role="doc-pagebreak"`.
enum PageBreaks {
    static func isPageBreak(_ e: XMLElement) -> Bool {
        if let type = e.attribute("type", namespace: NS.epub), type.split(whereSeparator: \.isWhitespace).contains("pagebreak") {
            return true
        }
        return ARIA.explicitRole(e) == "doc-pagebreak"
    }
}
