import BookModel
import Diagnostics
import Foundation
import XMLSupport

/// Whether a paragraph's runs held a page break (`w:br w:type="page"`, `w:lastRenderedPageBreak`
/// does not count: it is only where Word last laid out a page).
struct BreakFinder {
    var pageBreak = false
}

extension WordConverter {
    /// The runs of a paragraph or of any run container inside it, in order.
    mutating func inlines(of container: XMLElement, format: RunFormat, into text: inout FormattedText,
                          breaks: inout BreakFinder) {
        for case .element(let element) in container.children {
            switch element.localName {
            case "r":
                run(element, into: &text, breaks: &breaks)
            case "hyperlink":
                var inner = FormattedText()
                inlines(of: element, format: format, into: &inner, breaks: &breaks)
                let content = inner.inlines(underlineIsEmphasis: context.underlineIsEmphasis)
                var href: String?
                if let id = element.attr("id"), let rel = context.relationships[id] {
                    href = rel.target + (element.attr("anchor").map { "#" + $0 } ?? "")
                } else if let anchor = element.attr("anchor") {
                    href = "#" + WordConverter.anchorID(anchor)
                }
                if let href, !content.isEmpty {
                    text.append(.link(href: href, title: element.attr("tooltip"), content: content), RunFormat())
                } else {
                    for inline in content { text.append(inline, RunFormat()) }
                }
            case "ins", "moveTo":
                insertions += 1
                inlines(of: element, format: format, into: &text, breaks: &breaks)
            case "del", "moveFrom":
                deletions += 1
            case "fldSimple":
                fields.append(OpenField(instruction: element.attr("instr") ?? "", showingResult: true,
                                        link: Self.href(ofField: element.attr("instr") ?? "")))
                inlines(of: element, format: format, into: &text, breaks: &breaks)
                _ = fields.popLast()
            case "smartTag", "customXml", "bdo", "dir", "sdtContent":
                inlines(of: element, format: format, into: &text, breaks: &breaks)
            case "sdt":
                if let content = element.child("sdtContent") { inlines(of: content, format: format, into: &text, breaks: &breaks) }
            case "bookmarkStart":
                if let name = element.attr("name"), name != "_GoBack", showingText {
                    text.append(.anchor(id: WordConverter.anchorID(name)), RunFormat())
                }
            case "oMath", "oMathPara":
                guard showingText else { continue }
                // An equation in the line (`m:oMath`), or set apart (each `m:oMath` of an `m:oMathPara`).
                let display = element.localName == "oMathPara"
                for equation in display ? element.all("oMath") : [element] {
                    text.append(.math(formula(equation, display: display)), RunFormat(link: format.link))
                }
            case "AlternateContent":
                if let branch = Self.branch(of: element) {
                    inlines(of: branch, format: format, into: &text, breaks: &breaks)
                }
            default:
                continue
            }
        }
    }

    /// An Office Math equation as a formula; what the math reader did not know is reported
    /// once per element name, at its first line.
    mutating func formula(_ equation: XMLElement, display: Bool) -> MathFormula {
        let (formula, unknown) = OfficeMathReader.read(equation, display: display)
        for element in unknown where unreadMath.insert(element.name).inserted {
            problems.emit(.documentEquations, [element.name],
                          at: SourceLocation(file: context.part, container: context.package.path, line: element.line),
                          suggestion: "Check the equation in the book; rebuild it in Word's equation editor, or paste it as a picture with alt text.")
        }
        return formula
    }

    /// One run: its text, breaks, notes, images and text boxes.
    mutating func run(_ r: XMLElement, into text: inout FormattedText, breaks: inout BreakFinder) {
        let rPr = r.child("rPr")
        var format = context.styles.runFormat(rPr?.value(of: "rStyle"))
        if let rPr { format = WordStyles.runFormat(rPr).over(format) }
        // The run's language, by the script of its text, when it is not the document's.
        let languages = (format.languages ?? RunLanguages()).over(paragraphLanguages)
        if languages != RunLanguages() {
            let language = languages.language(firstLetter: WordBodyScan.text(of: r).firstLetter,
                                              complexScript: format.rightToLeft == true || rPr?.toggle("cs") == true)
            format.language = language.flatMap { RunLanguages.sameLanguage($0, context.documentLanguage) ? nil : $0 }
        }
        if paragraphIsRightToLeft { format.rightToLeft = nil }
        let hidden = format.hidden == true
        for case .element(let element) in r.children {
            let showing = showingText && !hidden
            format.link = fieldLink
            switch element.localName {
            case "t":
                if showing { text.append(.text(element.leafText), format) }
            case "tab", "ptab":
                if showing { text.append(.text(" "), format) }
            case "br":
                let type = element.attr("type") ?? "textWrapping"
                if type == "page" { breaks.pageBreak = true } else if type == "textWrapping", showing { text.append(.lineBreak, format) }
            case "cr":
                if showing { text.append(.lineBreak, format) }
            case "noBreakHyphen":
                if showing { text.append(.text("\u{2011}"), format) }
            case "softHyphen":
                if showing { text.append(.text("\u{00AD}"), format) }
            case "sym":
                if showing, let symbol = WordConverter.symbol(font: element.attr("font"), code: element.attr("char")) {
                    text.append(.text(symbol), format)
                }
            case "footnoteReference", "endnoteReference":
                if let id = element.attr("id") {
                    text.append(.noteReference(id: (element.localName == "footnoteReference" ? "fn" : "en") + id), RunFormat())
                }
            case "instrText":
                // Instructions of the innermost field still being given; nested fields' results
                // inside an instruction are part of it too (rare, and then only text).
                if let last = fields.indices.last, !fields[last].showingResult { fields[last].instruction += element.textContent }
            case "fldChar":
                switch element.attr("fldCharType") {
                case "begin": fields.append(OpenField())
                case "separate":
                    if let last = fields.indices.last, !fields[last].showingResult {
                        fields[last].showingResult = true
                        fields[last].link = Self.href(ofField: fields[last].instruction)
                    }
                case "end": _ = fields.popLast()
                default: break
                }
            case "drawing", "pict", "object":
                if showing { drawing(element, into: &text) }
            case "AlternateContent":
                if let branch = Self.branch(of: element) {
                    run(XMLElement(localName: "r", children: [.element(XMLElement(localName: "rPr", children: rPr.map { $0.children } ?? []))] + branch.children), into: &text, breaks: &breaks)
                }
            default:
                continue
            }
        }
    }

    /// A picture (DrawingML `a:blip` or VML `v:imagedata`) becomes an image with its alt text;
    /// a text box's paragraphs follow the paragraph that anchors them.
    mutating func drawing(_ element: XMLElement, into text: inout FormattedText) {
        let all = element.descendants()
        for box in all where box.localName == "txbxContent" {
            // The box's own paragraphs may hold boxes: keep this paragraph's list apart.
            let saved = floating
            floating = []
            let inner = pieces(box)
            floating = saved + inner
        }
        let docPr = all.first { $0.localName == "docPr" }
        let shape = all.first { $0.localName == "shape" }
        guard let blip = all.first(where: { $0.localName == "blip" || $0.localName == "imagedata" }),
              let id = blip.attributes.first(where: { $0.localName == "embed" || ($0.localName == "id" && $0.prefix == "r") })?.value
        else {
            // A chart, diagram or embedded object with no picture of itself: say what is missing.
            if let kind = Self.objectKind(all) {
                let name = (docPr?.attr("descr") ?? docPr?.attr("title") ?? docPr?.attr("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                problems.emit(.documentObjectLeftOut, [name.isEmpty ? kind : "\(kind) (\u{201C}\(name)\u{201D})"],
                              at: SourceLocation(file: context.part, container: context.package.path, line: element.line),
                              suggestion: "In Word, copy it and Paste Special ▸ Picture (PNG), give the picture alt text, and build again.")
                if let alt = docPr?.attr("descr")?.trimmingCharacters(in: .whitespacesAndNewlines), !alt.isEmpty {
                    text.append(.text(alt), RunFormat())
                }
            }
            return
        }
        let decorative = docPr?.descendants().contains { $0.localName == "decorative" && ($0.attr("val") ?? "1") != "0" } ?? false
        let alt = decorative ? "" : (docPr?.attr("descr") ?? shape?.attr("alt") ?? docPr?.attr("title") ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let part = context.partName(id), let data = context.package[part] else {
            problems.emit(.documentPartMissing, [context.package.path, "image " + (context.relationships[id]?.target ?? id)],
                          at: SourceLocation(file: context.part, container: context.package.path, line: blip.line))
            if !alt.isEmpty { text.append(.text(alt), RunFormat()) }
            return
        }
        let lower = part.lowercased()
        let metafile = lower.hasSuffix(".emf") || lower.hasSuffix(".wmf") || lower.hasSuffix(".emz") || lower.hasSuffix(".wmz")
            || data.starts(with: [0xD7, 0xCD, 0xC6, 0x9A]) || (data.count > 44 && data[data.startIndex + 40..<data.startIndex + 44] == Data([0x20, 0x45, 0x4D, 0x46]))
        if metafile || MediaTypeSniffer.sniff(data, for: .image) == nil {
            let kind = metafile ? "a Windows metafile (\((part as NSString).pathExtension.uppercased()))" : "not a PNG, JPEG, GIF, WebP or SVG image"
            problems.emit(.documentImageNotCarried, [part, kind, alt.isEmpty ? "none" : "\u{201C}\(alt)\u{201D}"],
                          at: SourceLocation(file: context.part, container: context.package.path, line: blip.line),
                          suggestion: "Save the picture as PNG (or SVG) in the document and build again.")
            if !alt.isEmpty { text.append(.text(alt), RunFormat()) }
            return
        }
        if !decorative, alt.isEmpty {
            problems.emit(.imageAltMissing, ["image \(part) has no alternative text"],
                          at: SourceLocation(file: context.part, container: context.package.path, line: blip.line),
                          suggestion: "In Word: right-click the picture ▸ View Alt Text; describe it, or mark it decorative.")
        }
        images[part] = data
        text.append(.image(source: part, alt: alt, title: nil), RunFormat())
    }

    /// What kind of object a drawing or `w:object` holds that is no picture: a chart, a
    /// SmartArt diagram, an embedded (OLE) object or ActiveX control, ink; nil for pictures,
    /// shapes and text boxes.
    static func objectKind(_ elements: [XMLElement]) -> String? {
        for element in elements {
            switch element.localName {
            case "graphicData":
                let uri = element.attr("uri") ?? ""
                if uri.hasSuffix("/chart") || uri.hasSuffix("/chartex") { return "a chart" }
                if uri.hasSuffix("/diagram") { return "a SmartArt diagram" }
                if uri.hasSuffix("/ink") { return "an ink drawing" }
            case "OLEObject":
                let program = element.attr("ProgID").map { " (\($0))" } ?? ""
                return "an embedded object\(program)"
            case "control":
                return "a form control"
            case "contentPart":
                return "an ink drawing"
            default:
                continue
            }
        }
        return nil
    }

    /// The branch of `mc:AlternateContent` to read: the newer markup (`mc:Choice`), unless it is
    /// an object Imprint cannot show and the `mc:Fallback` has a picture of it.
    static func branch(of alternate: XMLElement) -> XMLElement? {
        let choice = alternate.child("Choice")
        let fallback = alternate.child("Fallback")
        if let choice, let fallback {
            let inChoice = choice.descendants()
            func hasPicture(_ elements: [XMLElement]) -> Bool {
                elements.contains { $0.localName == "blip" || $0.localName == "imagedata" }
            }
            if objectKind(inChoice) != nil, !hasPicture(inChoice), hasPicture(fallback.descendants()) { return fallback }
        }
        return choice ?? fallback
    }

    /// A bookmark name as an id: XML names allow letters, digits, `_`, `-`, `.`.
    static func anchorID(_ name: String) -> String {
        let kept = name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." ? $0 : "_" }
        let id = String(kept)
        return id.first.map { $0.isLetter || $0 == "_" } == true ? id : "b" + id
    }

    /// `w:sym`: a character of a symbol font. The Symbol font's Greek letters map to Unicode;
    /// other fonts' private-use codes have no Unicode meaning and are left out.
    static func symbol(font: String?, code: String?) -> String? {
        guard let code, var value = UInt32(code, radix: 16) else { return nil }
        if value >= 0xF000 { value -= 0xF000 }
        if font?.lowercased() == "symbol" {
            let greek = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
            let small = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
            if (0x41...0x5A).contains(value) { return String(greek[Int(value - 0x41)]) }
            if (0x61...0x7A).contains(value) { return String(small[Int(value - 0x61)]) }
            let others: [UInt32: String] = [0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xA5: "∞", 0xB0: "°", 0xAE: "→", 0xAC: "←",
                                            0xB9: "≠", 0xA3: "≤", 0xB3: "≥", 0xBB: "≈", 0xD6: "√", 0xE5: "∑", 0xD5: "∏",
                                            0xB6: "∂", 0xF2: "∫", 0xB7: "•", 0xBC: "…", 0x20: " "]
            if let known = others[value] { return known }
            return (0x20..<0x7F).contains(value) ? String(UnicodeScalar(UInt8(value))) : nil
        }
        guard value >= 0x20, value < 0xF000, let scalar = UnicodeScalar(value) else { return nil }
        return font.map { ["wingdings", "webdings", "wingdings 2", "wingdings 3"].contains($0.lowercased()) } == true ? nil : String(scalar)
    }
}
