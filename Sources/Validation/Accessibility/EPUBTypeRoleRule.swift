import Diagnostics
import XMLSupport

/// Semantics written for reading systems (`epub:type`) are also written for assistive
/// technology (`role`), and page breaks are labelled (WCAG 1.3.1, 2.4.6), as Ace's own axe
/// rules epub-type-has-matching-role and pagebreak-label judge it. The mapping is DPUB-ARIA
/// 1.1's from the EPUB Structural Semantics Vocabulary.
struct EPUBTypeRoleRule: DocumentRule {
    let codes: [DiagnosticCode] = [.a11y014, .a11y015]
    var concern: RuleConcern { .accessibility }
    var versions: EPUBVersions { .epub3 }

    static let roles: [String: String] = [
        "abstract": "doc-abstract", "acknowledgments": "doc-acknowledgments", "afterword": "doc-afterword",
        "appendix": "doc-appendix", "backlink": "doc-backlink", "biblioentry": "doc-biblioentry",
        "bibliography": "doc-bibliography", "biblioref": "doc-biblioref", "chapter": "doc-chapter",
        "colophon": "doc-colophon", "conclusion": "doc-conclusion", "cover": "doc-cover", "credit": "doc-credit",
        "credits": "doc-credits", "dedication": "doc-dedication", "endnote": "doc-endnote", "endnotes": "doc-endnotes",
        "epigraph": "doc-epigraph", "epilogue": "doc-epilogue", "errata": "doc-errata", "footnote": "doc-footnote",
        "foreword": "doc-foreword", "glossary": "doc-glossary", "glossref": "doc-glossref", "index": "doc-index",
        "introduction": "doc-introduction", "noteref": "doc-noteref", "notice": "doc-notice",
        "pagebreak": "doc-pagebreak", "page-list": "doc-pagelist", "part": "doc-part", "preface": "doc-preface",
        "prologue": "doc-prologue", "pullquote": "doc-pullquote", "qna": "doc-qna", "subtitle": "doc-subtitle",
        "tip": "doc-tip", "toc": "doc-toc", "glossterm": "term", "glossdef": "definition",
        "rearnote": "doc-endnote", "rearnotes": "doc-endnotes",
    ]

    /// Roles ARIA in HTML allows on a few elements only: elsewhere the matching role would be
    /// an ARIA error, so none is asked for.
    static let hosts: [String: Set<String>] = [
        "doc-cover": ["img"], "doc-noteref": ["a"], "doc-backlink": ["a"], "doc-biblioref": ["a"], "doc-glossref": ["a"],
    ]

    func walker(for document: DocumentInput) -> (any ElementWalker)? {
        document.isXHTML && document.root.namespaceKind == .xhtml ? Walker(document: document) : nil
    }

    private final class Walker: ElementWalker {
        let document: DocumentInput
        init(document: DocumentInput) { self.document = document }

        func enter(_ e: XMLElement, ancestors: ArraySlice<XMLElement>, into sink: inout DiagnosticSink) {
            guard e.namespaceKind == .xhtml else { return }
            if PageBreaks.isPageBreak(e), !AccessibleName.hasName(e, title: true), !AccessibleName.hasSubtreeText(e) {
                sink.emit(.a11y014, [], at: document.location(of: e),
                          suggestion: "Give the page break its page number: title=\"12\" or aria-label=\"12\".")
            }
            // ARIA allows no role on the document's root and body: nothing to match there.
            guard e.localName != "html", e.localName != "body", e.localName != "head",
                  let type = e.attribute("type", namespace: NS.epub) else { return }
            // In the landmarks nav, a link's epub:type names its target, not the link.
            if ancestors.contains(where: { $0.localName == "nav" && ($0.attribute("type", namespace: NS.epub) ?? "").contains("landmarks") }) {
                return
            }
            let roles = Set((e.attribute("role") ?? "").split(whereSeparator: \.isWhitespace).map(String.init))
            for token in type.split(whereSeparator: \.isWhitespace).map(String.init) {
                guard let role = EPUBTypeRoleRule.roles[token], !roles.contains(role) else { continue }
                if let hosts = EPUBTypeRoleRule.hosts[role], !hosts.contains(e.localName) { continue }
                sink.emit(.a11y015, [token, role], at: document.location(of: e))
                break
            }
        }
    }
}
