import BookModel
import Diagnostics
import Foundation
import XMLSupport

/// Walks `word/document.xml` (and the notes parts) into document pieces: paragraphs with their
/// runs, lists, tables, figures, notes.
///
/// One converter reads one document; it collects what the walk finds along the way (images,
/// tracked changes, links to notes) for `WordReader` to report and carry.
struct WordConverter {
    var context: WordContext
    /// Images found, by the source the model uses for them.
    var images: [String: Data] = [:]
    var insertions = 0
    var deletions = 0
    /// Office Math elements not read as math, by name: reported once each.
    var unreadMath: Set<String> = []
    var problems = DiagnosticSink()
    /// Open fields, outermost first: complex ones (`w:fldChar` begin … separate … end) and
    /// simple ones (`w:fldSimple`) while their result is read.
    var fields: [OpenField] = []
    /// Text-box contents met inside a paragraph, placed after it.
    var floating: [DocumentPiece] = []
    /// Set while the runs of a right-to-left paragraph are read.
    var paragraphIsRightToLeft = false
    /// The languages the paragraph being read gives its runs (its style's, the defaults).
    var paragraphLanguages: RunLanguages?
    /// The running count of each list, by abstract numbering and level.
    private var listCounters: [String: [Int: Int]] = [:]

    init(context: WordContext) { self.context = context }

    // MARK: Body

    /// The pieces of a body, `w:body`, a table cell, a note or a text box.
    mutating func pieces(_ container: XMLElement) -> [DocumentPiece] {
        var out: [DocumentPiece] = []
        var pendingList: [(item: ListEntry, blocks: [Block])] = []
        func flushList() {
            guard !pendingList.isEmpty else { return }
            out += Self.nest(pendingList[...]).map { .block($0) }
            pendingList = []
        }
        for element in Self.blockChildren(container) {
            switch element.localName {
            case "p", "oMathPara", "oMath":
                // An equation outside any paragraph is a paragraph of its own.
                let made = paragraph(element.localName == "p" ? element
                    : XMLElement(localName: "p", children: [.element(element)], line: element.line))
                if made.pageBreakBefore { flushList(); out.append(.pageBreak) }
                if let entry = made.list, case .block(let block)? = made.piece {
                    pendingList.append((entry, [block]))
                } else {
                    if let piece = made.piece {
                        // A paragraph indented like the list items around it continues the last one.
                        if case .block(.blockquote(let inner)) = piece, !pendingList.isEmpty, made.continuesList {
                            pendingList[pendingList.count - 1].blocks += inner
                        } else {
                            flushList()
                            out.append(piece)
                        }
                    }
                }
                if made.pageBreakAfter { flushList(); out.append(.pageBreak) }
                if !floating.isEmpty { flushList(); out += floating; floating = [] }
            case "tbl":
                flushList()
                if let table = table(element) { out.append(.block(table)) }
            default:
                continue
            }
        }
        flushList()
        return Self.joinQuotes(Self.attachCaptions(out))
    }

    /// Block-level children, looking through content controls, custom XML, tracked insertions
    /// and the chosen branch of alternate content; tracked deletions and generated tables of
    /// contents are left out.
    static func blockChildren(_ container: XMLElement) -> [XMLElement] {
        var out: [XMLElement] = []
        for case .element(let element) in container.children {
            switch element.localName {
            case "p", "tbl", "oMathPara", "oMath": out.append(element)
            case "sdt":
                let gallery = element.child("sdtPr")?.child("docPartObj")?.value(of: "docPartGallery") ?? ""
                if gallery.lowercased().contains("table of contents") { continue }
                if let content = element.child("sdtContent") { out += blockChildren(content) }
            case "customXml", "ins", "moveTo", "smartTag": out += blockChildren(element)
            case "AlternateContent":
                if let branch = branch(of: element) { out += blockChildren(branch) }
            default: continue
            }
        }
        return out
    }

    /// A field being read: its instruction until `separate`, then its result, which shows.
    struct OpenField {
        var instruction = ""
        var showingResult = false
        /// Where the result links (`HYPERLINK`, `REF` …), known once the instruction is complete.
        var link: String?
    }

    /// Whether text read now is shown: not inside a field's instruction.
    var showingText: Bool { fields.allSatisfy(\.showingResult) }

    /// The link the innermost linking field gives to text read now.
    var fieldLink: String? { fields.last { $0.link != nil }?.link }

    /// The href a field's instruction links its result to; a bookmark becomes the id that
    /// `w:bookmarkStart` gives it.
    static func href(ofField instruction: String) -> String? {
        switch FieldInstruction(instruction).target {
        case .external(let address)?: return address
        case .bookmark(let name)?: return "#" + anchorID(name)
        case nil: return nil
        }
    }

    struct ListEntry {
        var numID: String
        var level: Int
        /// How far the item is indented (twips): nesting across lists of different definitions.
        var indent: Int
        var ordered: Bool
        var start: Int
        /// The CSS list style of the level's marker (`ListMarkerStyle`).
        var marker: String?
        /// The marker written out, when the list's counter style cannot show it (`ListMarkerText`).
        var markerText: String?
    }

    struct MadeParagraph {
        var piece: DocumentPiece?
        var list: ListEntry?
        var continuesList = false
        var pageBreakBefore = false
        var pageBreakAfter = false
    }

    // MARK: Paragraphs

    static let navigationStyles: Set<String> = ["toc1", "toc2", "toc3", "toc4", "toc5", "toc6", "toc7", "toc8", "toc9",
                                                "tocheading", "index1", "index2"]
    static let authorStyles: Set<String> = ["author"]
    static let subtitleStyles: Set<String> = ["subtitle"]
    static let titleStyles: Set<String> = ["title"]
    static let captionStyles: Set<String> = ["caption"]
    static let quotationStyles: Set<String> = ["quote", "intensequote", "blocktext", "zitat", "citation", "cita", "citazione", "quotations"]

    mutating func paragraph(_ p: XMLElement) -> MadeParagraph {
        let pPr = p.child("pPr")
        let styleID = pPr?.value(of: "pStyle")
        // The style's chain resolved once: a paragraph asks it a dozen questions.
        let resolvedStyle = context.styles.resolved(styleID)
        func named(_ wanted: Set<String>) -> Bool { resolvedStyle?.isNamed(wanted) ?? false }
        var made = MadeParagraph()
        made.pageBreakBefore = pPr?.toggle("pageBreakBefore") ?? false
        if pPr?.child("sectPr") != nil { made.pageBreakAfter = true }
        // Generated tables of contents and index entries are the book's own navigation's job.
        if named(Self.navigationStyles) {
            return made
        }
        var text = FormattedText()
        var breaks = BreakFinder()
        // In a right-to-left paragraph (`w:bidi`) the whole paragraph carries the direction, so
        // its runs' own `w:rtl` need no element of their own.
        let rightToLeft = pPr?.toggle("bidi") ?? resolvedStyle?.bidi ?? false
        let outer = (paragraphIsRightToLeft, paragraphLanguages)
        paragraphIsRightToLeft = rightToLeft
        paragraphLanguages = resolvedStyle?.run.languages
        inlines(of: p, format: RunFormat(), into: &text, breaks: &breaks)
        (paragraphIsRightToLeft, paragraphLanguages) = outer
        if breaks.pageBreak { made.pageBreakAfter = true }
        var content = Self.trim(text.inlines(underlineIsEmphasis: context.underlineIsEmphasis))
        let plain = content.plainText.trimmed
        func directed(_ content: [Inline]) -> [Inline] {
            guard rightToLeft, !content.isEmpty else { return content }
            // A paragraph wholly in one language: one span says both.
            if content.count == 1, case .span(let language, nil, let inner) = content[0] {
                return [.span(language: language, direction: .rtl, content: inner)]
            }
            return [.span(language: nil, direction: .rtl, content: content)]
        }

        if let level = pPr?.value(of: "outlineLvl").flatMap({ Int($0) }).map({ $0 < 9 ? $0 + 1 : 0 }) ?? resolvedStyle?.headingLevel,
           level > 0, !plain.isEmpty {
            let anchor = content.compactMap { if case .anchor(let id) = $0 { return id } else { return nil } }.first
            content.removeAll { if case .anchor = $0 { return true } else { return false } }
            content = Self.trim(content)
            if let label = headingLabel(pPr, styleID: styleID) { content = Self.labelled(content, label) }
            made.piece = .heading(level: level, content: directed(content), anchor: anchor)
            return made
        }
        // Nearest first: pandoc bases Author and Subtitle on Title.
        if named(Self.authorStyles), !plain.isEmpty { made.piece = .author(content); return made }
        if named(Self.subtitleStyles), !plain.isEmpty { made.piece = .subtitle(content); return made }
        if named(Self.titleStyles), !plain.isEmpty { made.piece = .title(content); return made }
        let hasImage = content.contains { if case .image = $0 { return true } else { return false } }
        guard !plain.isEmpty || hasImage || content.contains(where: { if case .noteReference = $0 { return true } else { return false } }) else {
            return made
        }
        let alignment = pPr?.value(of: "jc") ?? resolvedStyle?.alignment
        // A right-to-left paragraph's usual alignment is to the right: the direction says so.
        let style: ParagraphStyle = alignment == "center" ? .centered
            : (alignment == "right" || alignment == "end") && !rightToLeft ? .right : .normal
        let hasMath = content.contains { if case .math = $0 { return true } else { return false } }
        if Self.isSceneBreak(plain, centered: style == .centered), !hasImage, !hasMath {
            made.piece = .block(.sceneBreak)
            return made
        }
        // A paragraph that is one image (and perhaps spaces) is a figure.
        let visible = content.filter { if case .text(let t) = $0 { return !t.trimmed.isEmpty } else if case .anchor = $0 { return false } else { return true } }
        if visible.count == 1, case .image(let source, let alt, _) = visible[0] {
            made.piece = .block(.figure(source: source, alt: alt, caption: nil))
            return made
        }
        var block = Block.paragraph(directed(content), style: style)
        if content.contains(.lineBreak), style == .normal, Self.isVerse(content) {
            block = .lineBlock(Self.lines(content).map(directed))
        }
        if named(Self.captionStyles) {
            made.piece = .block(.division(classes: ["caption"], content: [block]))
            return made
        }
        let numbering = pPr?.child("numPr").flatMap { numPr in numPr.value(of: "numId").map { ($0, numPr.value(of: "ilvl").flatMap { Int($0) }) } }
            ?? resolvedStyle?.numbering
        if let (numID, ilvl) = numbering {
            let level = ilvl ?? context.numbering.level(of: styleID, in: numID) ?? 0
            if let definition = context.numbering.level(numID, level) {
                let indent = pPr.flatMap(WordStyles.leftIndent) ?? definition.indent ?? resolvedStyle?.leftIndent ?? (level + 1) * 720
                made.list = listEntry(numID: numID, level: level, indent: indent, definition: definition)
                made.piece = .block(block)
                return made
            }
        }
        let indent = (pPr.flatMap(WordStyles.leftIndent)) ?? resolvedStyle?.leftIndent ?? 0
        if named(Self.quotationStyles)
            || (indent >= 567 && style == .normal) {
            made.piece = .block(.blockquote([block]))
            made.continuesList = indent >= 567
            return made
        }
        made.piece = .block(block)
        return made
    }

    /// A heading's content after its numbering label: "Chapter 3" before its title reads
    /// "Chapter 3: The Storm"; "IV." or "2.1" takes a space.
    static func labelled(_ content: [Inline], _ label: String) -> [Inline] {
        let wordLabel = label.last.map { $0.isLetter || $0.isNumber } == true && label.contains(where: \.isLetter)
            && label.contains(where: \.isNumber)
        return [.text(label + (wordLabel ? ": " : " "))] + content
    }

    /// The label Word's numbering puts before a heading ("Chapter 3", "2.1", "IV."), from the
    /// paragraph's or its style's `w:numPr`, counted with Word's counters like any list's.
    mutating func headingLabel(_ pPr: XMLElement?, styleID: String?) -> String? {
        let numbering = pPr?.child("numPr").flatMap { numPr in numPr.value(of: "numId").map { ($0, numPr.value(of: "ilvl").flatMap { Int($0) }) } }
            ?? context.styles.numbering(styleID)
        guard let (numID, ilvl) = numbering else { return nil }
        let level = ilvl ?? context.numbering.level(of: styleID, in: numID) ?? 0
        guard let definition = context.numbering.level(numID, level), definition.ordered,
              let pattern = definition.text, !pattern.trimmed.isEmpty else { return nil }
        let entry = listEntry(numID: numID, level: level, indent: 0, definition: definition)
        if let text = entry.markerText { return text.trimmed }
        // A plain "%N." is left to the list's counter in lists; a heading writes it out.
        return pattern == "%\(level + 1)." ? ListMarkerText.number(entry.start, format: definition.format) + "." : nil
    }

    /// Counts list items the way Word numbers them: per abstract definition and level, deeper
    /// levels restarting under a new item, a start override restarting the count.
    mutating func listEntry(numID: String, level: Int, indent: Int, definition: WordNumbering.Level) -> ListEntry {
        let key = context.numbering.restarts(numID, level) ? "num:" + numID : "abs:" + (context.numbering.abstractID(numID) ?? numID)
        var counters = listCounters[key] ?? [:]
        let value = (counters[level] ?? (definition.start - 1)) + 1
        counters[level] = value
        for deeper in counters.keys where deeper > level { counters[deeper] = nil }
        listCounters[key] = counters
        return ListEntry(numID: numID, level: level, indent: indent, ordered: definition.ordered, start: value,
                         marker: definition.markerStyle,
                         markerText: ListMarkerText.text(level: level, counters: counters, levels: context.numbering.levels(numID)))
    }

    /// Flat list paragraphs into nested lists. An item indented further than the list it
    /// follows nests in that list's last item; at the same depth, an item of another list
    /// (another `w:numId`, or bullets after numbers) starts a list of its own.
    static func nest(_ entries: ArraySlice<(item: ListEntry, blocks: [Block])>) -> [Block] {
        var lists: [Block] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let first = entries[index].item
            var items: [[Block]] = []
            while index < entries.endIndex {
                let entry = entries[index]
                if items.isEmpty || (entry.item.indent <= first.indent && entry.item.numID == first.numID
                                     && entry.item.ordered == first.ordered && entry.item.level <= first.level) {
                    items.append(entry.item.markerText.map { ListMarkerText.marked(entry.blocks, marker: $0) } ?? entry.blocks)
                    index += 1
                } else if entry.item.indent > first.indent || entry.item.level > first.level && entry.item.numID == first.numID {
                    var end = index
                    while end < entries.endIndex,
                          entries[end].item.indent > first.indent || entries[end].item.level > first.level && entries[end].item.numID == first.numID {
                        end += 1
                    }
                    items[items.count - 1] += nest(entries[index..<end])
                    index = end
                } else {
                    break
                }
            }
            lists.append(ListMarkerStyle.wrap(.list(ordered: first.ordered, start: first.ordered ? first.start : 1, items: items),
                                              style: first.markerText != nil ? "marked" : first.marker))
        }
        return lists
    }

    /// `***`, `* * *`, `#`, `~`, `⁂`, `❦`: a short paragraph of no letters or digits.
    static func isSceneBreak(_ text: String, centered: Bool) -> Bool {
        // Asked of every paragraph: stop at the first letter or digit, or the thirteenth mark.
        var marks: [Character] = []
        for character in text where !character.isWhitespace {
            if marks.count == 12 || character.isLetter || character.isNumber { return false }
            marks.append(character)
        }
        return !marks.isEmpty && (centered || marks.allSatisfy(sceneBreakMarks.contains))
    }

    static let sceneBreakMarks: Set<Character> = ["*", "#", "~", "•", "·", "⁂", "❦", "❧", "☙", "§", "✻", "✱", "∗", "—", "–", "-", "=",
                                                  "+", "◆", "◇", "○", "●", "♦", "❖", "⸻"]

    /// Short lines joined by line breaks: verse or an address, kept line for line.
    static func isVerse(_ content: [Inline]) -> Bool {
        let lines = Self.lines(content)
        return lines.count >= 2 && lines.allSatisfy { $0.plainText.count <= 80 }
    }

    static func lines(_ content: [Inline]) -> [[Inline]] {
        content.split(separator: .lineBreak, omittingEmptySubsequences: false).map { Array($0) }
    }

    /// Leading and trailing spaces (a tab that indented the first line) removed, also inside a
    /// span of another language or direction that opens or closes the paragraph.
    static func trim(_ content: [Inline]) -> [Inline] {
        trimTrailing(trimLeading(content))
    }

    // Spaces and tabs are one UTF-8 byte each, so they are cut as bytes; a paragraph whose
    // ends are neither is left as it is.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func trimLeading(_ content: [Inline]) -> [Inline] {
        var c = content
        if case .text(let t)? = c.first, let byte = t.utf8.first, isBlank(byte) {
            let s = String(decoding: t.utf8.drop(while: isBlank), as: UTF8.self)
            if s.isEmpty { c.removeFirst() } else { c[0] = .text(s) }
        } else if case .span(let language, let direction, let inner)? = c.first {
            c[0] = .span(language: language, direction: direction, content: trimLeading(inner))
        }
        return c
    }

    private static func trimTrailing(_ content: [Inline]) -> [Inline] {
        var c = content
        if case .text(let t)? = c.last, let byte = t.utf8.last, isBlank(byte) {
            let bytes = Array(t.utf8)
            let end = bytes.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? 0
            let s = String(decoding: bytes[..<end], as: UTF8.self)
            if s.isEmpty { c.removeLast() } else { c[c.count - 1] = .text(s) }
        } else if case .span(let language, let direction, let inner)? = c.last {
            c[c.count - 1] = .span(language: language, direction: direction, content: trimTrailing(inner))
        }
        return c
    }

    /// A Caption paragraph right after a figure becomes its caption.
    static func attachCaptions(_ pieces: [DocumentPiece]) -> [DocumentPiece] {
        var out: [DocumentPiece] = []
        for piece in pieces {
            if case .block(.division(["caption"], let content)) = piece, case .paragraph(let caption, _)? = content.first {
                if case .block(.figure(let source, let alt, nil))? = out.last {
                    out[out.count - 1] = .block(.figure(source: source, alt: alt, caption: caption))
                } else {
                    out.append(.block(.paragraph(caption, style: .centered)))
                }
                continue
            }
            out.append(piece)
        }
        return out
    }

    /// Neighbouring quotation paragraphs are one quotation.
    static func joinQuotes(_ pieces: [DocumentPiece]) -> [DocumentPiece] {
        var out: [DocumentPiece] = []
        for piece in pieces {
            if case .block(.blockquote(let inner)) = piece, case .block(.blockquote(let before))? = out.last {
                out[out.count - 1] = .block(.blockquote(before + inner))
            } else {
                out.append(piece)
            }
        }
        return out
    }
}
