import BookModel
import Diagnostics
import Foundation
import Yams

/// Walks the top-level mapping of one metadata source, key by key, into a `MetadataDocument`.
///
/// One method per key family lives in the `MetadataWalker+…` files; this file holds the key
/// table and the small readers for the shapes values come in (text, list, flag, number).
struct MetadataWalker {
    let path: String
    let lineOffset: Int
    let base: URL
    var document = MetadataDocument()
    var sink = DiagnosticSink()
    /// pandoc's `epub-metadata`: an XML file of Dublin Core elements under this source's keys.
    var epubMetadata: FileReference?

    init(path: String, lineOffset: Int, base: URL) {
        self.path = path
        self.lineOffset = lineOffset
        self.base = base
    }

    /// pandoc keys that shape other output formats (LaTeX, HTML, citations) and mean nothing in
    /// an EPUB: accepted so a pandoc metadata block works unchanged, noted at info level.
    static let ignoredPandocKeys: Set<String> = [
        "toc", "table-of-contents", "numbersections", "number-sections", "secnumdepth",
        "documentclass", "classoption", "geometry", "papersize", "fontsize", "mainfont", "sansfont",
        "monofont", "mathfont", "cjkmainfont", "fontfamily", "fontfamilyoptions", "linestretch",
        "margin-left", "margin-right", "margin-top", "margin-bottom", "indent", "keywords", "bibliography", "csl", "link-citations",
        "nocite", "references", "reference-section-title", "abstract-title", "thanks", "institute",
        "lof", "lot", "colorlinks", "linkcolor", "urlcolor", "citecolor", "toccolor", "output",
        "author-meta", "date-meta", "highlighting-macros", "mainfontoptions",
        "pagestyle", "links-as-notes", "biblio-title", "biblatexoptions", "natbiboptions",
        "template", "subparagraph", "version",
    ]

    /// pandoc keys that shape pandoc's EPUB, which Imprint shapes another way: what it does
    /// instead, said as a warning so an author relying on one hears of it.
    static let otherWayPandocKeys: [String: (what: String, instead: String)] = [
        "include-before": ("raw text is never copied before the book's body",
                           "Write it as a 'dedication:' or 'epigraph:' (or a chapter file named first)."),
        "include-after": ("raw text is never copied after the book's body",
                          "Write it as 'acknowledgements:' or 'about-the-author:' (or a chapter file named last)."),
        "title-prefix": ("each document's <title> is its chapter's title, without a prefix",
                         "Set the book's title with 'title:'; remove this key."),
        "pagetitle": ("each document's <title> is its chapter's title, and the package's title is 'title'",
                      "Set the book's title with 'title:'; remove this key."),
    ]

    mutating func read(key keyNode: Node, value: Node) {
        guard let rawKey = keyNode.string else {
            invalid(keyNode, "a key must be text")
            return
        }
        let key = rawKey.lowercased()
        if isUnset(value) { return }  // `key:` with nothing after it: not set
        switch key {
        case "title": readTitle(value)
        case "subtitle": document.fields.subtitle = text(value, rawKey)
        case "author", "authors": appendCreators(value, rawKey, defaultRole: "aut")
        case "creator", "creators": appendCreators(value, rawKey, defaultRole: "aut")
        case "contributor", "contributors":
            let people = contributors(value, rawKey, defaultRole: "ctb")
            if let people { document.fields.contributors = (document.fields.contributors ?? []) + people }
        case "identifier": readIdentifier(value)
        case "language", "lang": readLanguage(value, rawKey)
        case "date": readDate(value, rawKey)
        case "publisher": document.fields.publisher = text(value, rawKey)
        case "rights", "copyright": document.fields.rights = text(value, rawKey)
        case "description", "abstract", "summary": document.fields.description = text(value, rawKey)
        case "subject", "subjects": readSubjects(value, rawKey)
        case "belongs-to-collection", "series": document.fields.seriesName = text(value, rawKey)
        case "group-position", "series-position": readGroupPosition(value, rawKey)
        case "type", "format", "relation", "coverage", "source":
            if let values = texts(value, rawKey) { document.fields.dublinCore[key] = values }
        case "page-progression-direction": document.fields.pageProgression = direction(value, rawKey, allowDefault: true)
        case "dir": document.fields.direction = direction(value, rawKey, allowDefault: false)
        case "ibooks": readIBooks(value)
        case "accessibility-summary", "accessibilitysummary", "access-modes", "accessmode", "accessmodes",
             "access-mode-sufficient", "accessmodesufficient", "accessibility-features", "accessibilityfeature",
             "accessibilityfeatures", "accessibility-hazards", "accessibilityhazard", "accessibilityhazards",
             "conforms-to", "conformsto":
            readAccessibility(key, value)
        case "dcterms:conformsto", "certified-by", "a11y:certifiedby", "certifier-credential",
             "a11y:certifiercredential", "certifier-report", "a11y:certifierreport", "exemption", "exemptions",
             "a11y:exemption":
            readConformance(key, value)
        // pandoc's EPUB keys mean what they mean in pandoc.
        case "cover-image", "cover", "epub-cover-image": document.configuration.coverImage = file(value, rawKey)
        case "css", "stylesheet", "stylesheets": document.configuration.stylesheets = files(value, rawKey)
        case "fonts", "embed-fonts", "epub-embed-font": document.configuration.fonts = files(value, rawKey)
        case "chapters", "files": document.configuration.chapters = files(value, rawKey) ?? []
        case "dedication": document.configuration.dedication = matter(value, rawKey)
        case "epigraph": document.configuration.epigraph = matter(value, rawKey)
        case "acknowledgements", "acknowledgments": document.configuration.acknowledgements = matter(value, rawKey)
        case "about-the-author", "about-author", "author-bio": document.configuration.aboutTheAuthor = matter(value, rawKey)
        case "endnotes": document.configuration.endnotes = flag(value, rawKey)
        case "copyright-page", "colophon": document.configuration.copyrightPage = flag(value, rawKey)
        case "epub-metadata": epubMetadata = file(value, rawKey)
        case "header-includes": readHeaderIncludes(value, rawKey)
        case "default-stylesheet": document.configuration.defaultStylesheet = flag(value, rawKey)
        case "split-level", "epub-chapter-level": document.configuration.splitLevel = number(value, rawKey, in: 1...6)
        case "toc-depth": document.configuration.tocDepth = number(value, rawKey, in: 1...6)
        case "toc-title": document.configuration.tocTitle = text(value, rawKey)
        case "typography":
            if let style = text(value, rawKey) {
                if style.lowercased() == "off" || QuotationStyle.named(style) != nil {
                    document.configuration.typography = style.lowercased()
                } else {
                    invalid(value, "'typography' must be off or one of \(QuotationStyle.all.map(\.name).joined(separator: ", ")), not '\(style)'",
                            suggestion: "Leave it out to set the text in the style of the book's language.")
                }
            }
        default:
            if let answer = Self.otherWayPandocKeys[key] {
                sink.emit(.metadataUnsupportedKey, ["'\(rawKey)' was not used: \(answer.what)"], at: location(keyNode),
                          suggestion: answer.instead)
            } else if Self.ignoredPandocKeys.contains(key) {
                sink.emit(.metadataIgnoredKey, ["'\(rawKey)' has no meaning in an EPUB and was ignored"],
                          at: location(keyNode))
            } else {
                sink.emit(.metadataUnknownKey, ["unknown metadata key '\(rawKey)'"], at: location(keyNode),
                          suggestion: Self.suggestion(for: key))
            }
        }
    }

    static let knownKeys = [
        "title", "subtitle", "author", "creator", "contributor", "identifier", "language", "lang", "date",
        "publisher", "rights", "description", "subject", "belongs-to-collection", "group-position",
        "page-progression-direction", "dir", "ibooks", "accessibility-summary", "access-modes",
        "access-mode-sufficient", "accessibility-features", "accessibility-hazards", "conforms-to",
        "certified-by", "certifier-credential", "certifier-report", "exemption",
        "cover-image", "css", "fonts", "chapters", "dedication", "epigraph", "acknowledgements",
        "about-the-author", "endnotes", "copyright-page", "default-stylesheet", "epub-metadata", "split-level", "toc-depth", "toc-title", "typography",
    ]

    /// "Did you mean …" for a misspelt key: the known key with the smallest edit distance.
    static func suggestion(for key: String) -> String {
        let best = knownKeys.map { ($0, editDistance($0, key)) }.min { $0.1 < $1.1 }
        if let best, best.1 <= max(2, key.count / 4) {
            return "Did you mean '\(best.0)'? Otherwise remove the key."
        }
        return "Remove the key, or use one Imprint knows (title, author, language, identifier, chapters, …)."
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty, a.count < 64, b.count < 64 else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
