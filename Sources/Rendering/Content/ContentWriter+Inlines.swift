import BookModel
import XMLSupport

extension ContentWriter {
    /// The attributes that say a language and a direction: `lang` and `xml:lang` in EPUB 3,
    /// `xml:lang` alone in XHTML 1.1 (EPUB 2), which has no `dir="auto"` either.
    func languageAttributes(_ language: String?, _ direction: TextDirection?) -> (lang: String?, xmlLang: String?, dir: String?) {
        let tag = BookLayout.languageTag(language)
        let dir = direction.flatMap { $0 == .auto && !html5 ? nil : $0.rawValue }
        return (html5 ? tag : nil, tag, dir)
    }

    /// Content that is wholly one span of another language or direction: the span's language
    /// and direction, and what it holds. The block around it carries them (`<p dir="rtl">`),
    /// so the paragraph's own base direction and alignment follow.
    static func wholeSpan(_ content: [Inline]) -> (language: String?, direction: TextDirection?, content: [Inline]) {
        if content.count == 1, case .span(let language, let direction, let inner) = content[0], !inner.isEmpty {
            return (language, direction, inner)
        }
        return (nil, nil, content)
    }

    mutating func write(_ inlines: [Inline]) {
        if html5, case .taskMarker(let checked)? = inlines.first, !isInLink {
            // The item's text labels its check box, so assistive technology names it.
            container("label", layout: .inline) { w in
                w.writeTaskMarker(checked: checked)
                for inline in inlines.dropFirst() { w.write(inline) }
            }
            return
        }
        for inline in inlines { write(inline) }
    }

    mutating func write(_ inline: Inline) {
        switch inline {
        case .text(let text):
            xml.text(text)
        case .emphasis(let content):
            container("em", layout: .inline) { $0.write(content) }
        case .strong(let content):
            container("strong", layout: .inline) { $0.write(content) }
        case .strikethrough(let content):
            // `del` exists in both HTML5 and XHTML 1.1, so EPUB 2 readers show it too.
            container("del", layout: .inline) { $0.write(content) }
        case .superscript(let content):
            container("sup", layout: .inline) { $0.write(content) }
        case .subscripted(let content):
            container("sub", layout: .inline) { $0.write(content) }
        case .smallCaps(let content):
            container("span", ["class": "small-caps"], layout: .inline) { $0.write(content) }
        case .code(let code):
            xml.element("code", text: code, layout: .inline)
        case .link(let href, let title, let content):
            if let target = layout.linkHref(href, from: file) {
                link(["href": target, "title": title]) { $0.write(content) }
            } else {
                write(content)
            }
        case .image(let source, let alt, let title):
            if let src = layout.imageHref(source, from: file) {
                xml.empty("img", ["src": src, "alt": alt, "title": title], layout: .inline)
            } else {
                writeMissingImage(source: source, alt: alt)
            }
        case .lineBreak:
            xml.empty("br", layout: .inline)
        case .noteReference(let id):
            writeNoteReference(id)
        case .span(let language, let direction, let content):
            let marks = languageAttributes(language, direction)
            if marks.xmlLang == nil && marks.dir == nil {
                write(content)
            } else {
                container("span", ["lang": marks.lang, "xml:lang": marks.xmlLang, "dir": marks.dir], layout: .inline) { $0.write(content) }
            }
        case .abbreviation(let title, let content):
            // `abbr` is in XHTML 1.1's text module too.
            container("abbr", ["title": title], layout: .inline) { $0.write(content) }
        case .phrase(let phrase, let content):
            let (name, cls) = phrase.element(html5: html5)
            container(name, ["class": cls], layout: .inline) { $0.write(content) }
        case .taskMarker(let checked):
            writeTaskMarker(checked: checked)
        case .anchor(let given):
            // Written once, where the layout placed it: a repeated id is not written again.
            if let placed = layout.anchorPlaces[given], placed.file == file, !placed.id.isEmpty,
               !writtenAnchors.contains(placed.id) {
                writtenAnchors.insert(placed.id)
                container("span", ["id": placed.id], layout: .inline) { _ in }
            }
        case .math(let formula):
            // EPUB 2's XHTML 1.1 has no MathML: the formula is shown as its TeX.
            if html5 {
                MathMLWriter.write(formula, into: &xml)
            } else {
                xml.element("span", ["class": "math"], text: formula.source, layout: .inline)
            }
        case .pageBreak:
            writePageBreak(element: "span")
        }
    }

    /// A task's check box: a disabled `<input>` in EPUB 3, which assistive technology reads as
    /// "check box, checked"; EPUB 2's XHTML 1.1 has no form controls outside forms, so there
    /// a ballot-box character (☐ / ☑) stands in.
    mutating func writeTaskMarker(checked: Bool) {
        if html5 {
            xml.empty("input", ["type": "checkbox", "disabled": "disabled", "checked": checked ? "checked" : nil,
                                "class": "task-box"], layout: .inline)
        } else {
            xml.element("span", ["class": checked ? "task-box checked" : "task-box"], text: checked ? "\u{2611}" : "\u{2610}",
                        layout: .inline)
        }
        xml.text(" ")
    }

    /// An image the book does not carry: a remote one becomes a link to it, a missing one its
    /// alt text, so the reader keeps the information and the book stays valid.
    mutating func writeMissingImage(source: String, alt: String) {
        let text = alt.isEmpty ? source : alt
        if ContainerPath.hasScheme(source) {
            link(["href": ContainerPath.externalHref(source), "class": "image-link"]) { $0.xml.text(text) }
        } else {
            container("span", ["class": "image-missing"], layout: .inline) { $0.xml.text(text) }
        }
    }
}
