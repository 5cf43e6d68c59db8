import BookModel
import Diagnostics
import Foundation
import XMLSupport

extension OpenDocumentConverter {
    /// The inline content of a paragraph or heading.
    mutating func inlines(_ element: XMLElement) -> [Inline] {
        var text = FormattedText()
        // The paragraph style's language is where its runs' start.
        collect(element, format: RunFormat(languages: styles.runFormat(element.attr("style-name")).languages), into: &text)
        return text.inlines(underlineIsEmphasis: underlineIsEmphasis)
    }

    private mutating func collect(_ element: XMLElement, format: RunFormat, into text: inout FormattedText) {
        for node in element.children {
            guard case .element(let child) = node else {
                // ODF collapses white space in text content as XML does for HTML (§6.1.2).
                if case .text(let t) = node, format.hidden != true {
                    text.append(.text(Self.collapse(t)), languaged(format, t))
                }
                continue
            }
            switch child.localName {
            case "span":
                collect(child, format: styles.runFormat(child.attr("style-name")).over(format), into: &text)
            case "a":
                var inner = FormattedText()
                collect(child, format: format, into: &inner)
                let content = inner.inlines(underlineIsEmphasis: underlineIsEmphasis)
                if let href = child.attr("href"), !content.isEmpty {
                    text.append(.link(href: href.hasPrefix("#") ? "#" + WordConverter.anchorID(String(href.dropFirst())) : href,
                                      title: child.attr("title"), content: content), RunFormat())
                } else {
                    for inline in content { text.append(inline, RunFormat()) }
                }
            case "s":
                text.append(.text(String(repeating: " ", count: max(1, child.attr("c").flatMap { Int($0) } ?? 1))), languaged(format, " "))
            case "tab":
                text.append(.text(" "), languaged(format, " "))
            case "line-break":
                text.append(.lineBreak, format)
            case "soft-page-break", "change-start", "change-end", "change", "bookmark-end", "reference-mark-end",
                 "toc-mark", "alphabetical-index-mark", "user-index-mark", "annotation-end":
                continue
            case "annotation":
                annotations += 1
            case "bookmark", "bookmark-start", "reference-mark-start", "reference-mark":
                if let name = child.attr("name") { text.append(.anchor(id: WordConverter.anchorID(name)), RunFormat()) }
            case "note":
                guard let body = child.child("note-body") else { continue }
                let id = (child.attr("note-class") == "endnote" ? "en-" : "fn-") + (child.attr("id") ?? "\(notes.count + 1)")
                let saved = floating
                floating = []
                notes[id] = WordReader.blocks(pieces(body))
                floating = saved
                text.append(.noteReference(id: id), RunFormat())
            case "frame":
                frame(child, into: &text)
            case "bookmark-ref", "reference-ref":
                // A cross-reference (ODF 1.3 §7.7.6, §7.7.7) links to the bookmark it names.
                var inner = FormattedText()
                collect(child, format: format, into: &inner)
                let content = inner.inlines(underlineIsEmphasis: underlineIsEmphasis)
                if let name = child.attr("ref-name"), !content.isEmpty {
                    text.append(.link(href: "#" + WordConverter.anchorID(name), title: nil, content: content), RunFormat())
                } else {
                    for inline in content { text.append(inline, RunFormat()) }
                }
            case "ruby":
                if let base = child.child("ruby-base") { collect(base, format: format, into: &text) }
            default:
                // Fields (page numbers, dates, references, sequences) and unknown inline
                // elements keep the text they show.
                collect(child, format: format, into: &text)
            }
        }
    }

    /// `format` with the language of `text` when it is not the document's.
    func languaged(_ format: RunFormat, _ text: String) -> RunFormat {
        var format = format
        let language = format.languages?.language(of: text, complexScript: format.rightToLeft == true)
        format.language = language.flatMap { RunLanguages.sameLanguage($0, documentLanguage) ? nil : $0 }
        return format
    }

    /// `draw:frame`: an image with its `svg:title`/`svg:desc` as alt text, or a text box whose
    /// paragraphs follow the one that anchors it.
    private mutating func frame(_ frame: XMLElement, into text: inout FormattedText) {
        // A formula: its MathML, in the frame or in the object's own `content.xml`.
        if let object = frame.child("object"), let formula = formula(object) {
            text.append(.math(formula), RunFormat())
            return
        }
        if let box = frame.child("text-box") {
            let saved = floating
            floating = []
            let inner = pieces(box)
            floating = saved + inner
        }
        guard let image = frame.child("image"), let href = image.attr("href") else {
            // A chart or other embedded object without a replacement picture.
            if let object = frame.child("object") ?? frame.child("object-ole") {
                let name = (frame.child("title")?.textContent ?? frame.attr("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let kind = object.localName == "object-ole" ? "an embedded (OLE) object" : "an embedded object (chart or formula)"
                problems.emit(.documentObjectLeftOut, [name.isEmpty ? kind : "\(kind) (\u{201C}\(name)\u{201D})"],
                              at: SourceLocation(file: "content.xml", container: package.path, line: object.line),
                              suggestion: "In LibreOffice, copy it and Paste Special ▸ Image (PNG), give the image alt text, and build again.")
            }
            return
        }
        let decorative = frame.attributes.contains { $0.localName == "decorative" && $0.value == "true" }
        let alt = decorative ? "" : (frame.child("title")?.textContent ?? frame.child("desc")?.textContent
            ?? image.child("title")?.textContent ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let part = OfficePackage.resolve(href, from: "content.xml")
        let location = SourceLocation(file: "content.xml", container: package.path, line: image.line)
        guard let data = package[part] else {
            problems.emit(.documentPartMissing, [package.path, "image \(href)"], at: location)
            if !alt.isEmpty { text.append(.text(alt), RunFormat()) }
            return
        }
        let lower = part.lowercased()
        if lower.hasSuffix(".emf") || lower.hasSuffix(".wmf") || lower.hasSuffix(".svm") || MediaTypeSniffer.sniff(data, for: .image) == nil {
            let format = (part as NSString).pathExtension.uppercased()
            problems.emit(.documentImageNotCarried, [part, (format.isEmpty ? "" : format + ", ") + "not a PNG, JPEG, GIF, WebP or SVG image",
                                                     alt.isEmpty ? "none" : "\u{201C}\(alt)\u{201D}"],
                          at: location, suggestion: "Insert the picture as PNG (or SVG) and build again.")
            if !alt.isEmpty { text.append(.text(alt), RunFormat()) }
            return
        }
        if !decorative, alt.isEmpty {
            problems.emit(.imageAltMissing, ["image \(part) has no alternative text"], at: location,
                          suggestion: "In LibreOffice: right-click the picture ▸ Properties ▸ Options ▸ Text Alternative.")
        }
        images[part] = data
        text.append(.image(source: part, alt: alt, title: nil), RunFormat())
    }

    /// The formula a `draw:object` holds (ODF 1.3 §10.4.6.2): MathML inline, or in the
    /// sub-document its `xlink:href` names (`./Object 1` → `Object 1/content.xml`); nil for
    /// charts and other objects. Whether it is set apart is decided with its paragraph.
    mutating func formula(_ object: XMLElement) -> MathFormula? {
        var math = object.child("math")
        var part = "content.xml"
        if math == nil, let href = object.attr("href"), !href.contains(":") {
            let folder = OfficePackage.resolve(href, from: "content.xml")
            part = (folder.isEmpty ? "" : folder + "/") + "content.xml"
            if package[part] != nil, let root = package.xml(part, sink: &problems), root.localName == "math" { math = root }
        }
        guard let math, math.namespace == XMLNamespace.mathml else { return nil }
        let (formula, unknown) = MathMLReader.read(math, inParagraphAlone: true)
        for element in unknown where unreadMath.insert(element.name).inserted {
            problems.emit(.documentEquations, [element.name],
                          at: SourceLocation(file: part, container: package.path, line: element.line),
                          suggestion: "Check the formula in the book; rebuild it in LibreOffice Math, or insert it as a picture with alt text.")
        }
        return formula
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in text {
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        return out
    }
}
