import BookModel
import Diagnostics
import Parallel

/// Builds chapters from units in reading order: headings open chapters, units become blocks.
///
/// Text before the first heading opens an untitled chapter. The first paragraph of a chapter
/// and the first after a scene break are set as openings (no indent), as books set them.
struct PlainChapterBuilder {
    let table: LineTable
    let layout: LineLayout
    let baseIndent: Int
    let smart: Bool
    let path: String

    // Internal rather than private so the list handling (PlainChapterBuilder+Lists) can extend them.
    var chapters: [Chapter] = []
    /// The heading each chapter came from (nil for an untitled opening), parallel to `chapters`.
    private(set) var headings: [HeadingMatch?] = []
    var expectOpening = true
    /// The inline text of units that will most likely be paragraphs, made beforehand on all
    /// cores (`prepareParagraphs`), beside their first lines (in increasing order, for a binary
    /// search); taken as the units are added.
    private var preparedLines: [Int] = []
    private var preparedText: [[Inline]?] = []
    /// The list marker of the last block when it is a one-line item in a line-per-paragraph
    /// file: the next line may continue the list.
    var lastItem: (marker: ListMarker, line: Int)?
    /// The print edition's page markers taken out of the text (`PageMarkers`).
    var pageMarkers = PageMarkers()

    init(table: LineTable, layout: LineLayout, baseIndent: Int, smart: Bool, path: String) {
        self.table = table
        self.layout = layout
        self.baseIndent = baseIndent
        self.smart = smart
        self.path = path
    }

    mutating func start(_ h: ResolvedHeading, units: [TextUnit]) {
        closeChapter()
        let line = table[units[h.unit].first]
        chapters.append(Chapter(kind: h.match.kind, title: InlineText.make(h.title, smart: smart),
                                subtitle: h.subtitle.map { InlineText.make($0, smart: smart) }, depth: 1, blocks: [],
                                source: SourceLocation(file: path, line: line.number, column: line.indent + 1)))
        headings.append(h.match)
        expectOpening = true
        // A page that begins at a chapter heading: its break opens the chapter's text.
        for unit in units[h.unit...max(h.unit, h.lastUnit)] { addPageMarkers(before: unit.lines) }
    }

    /// The page markers before the first line of `lines` (and any inside them, which text made
    /// of lines does not carry) as a block of their own in the current chapter.
    mutating func addPageMarkers(before lines: Range<Int>) {
        guard !pageMarkers.isEmpty, let c = chapters.indices.last else { return }
        let breaks = lines.flatMap { pageMarkers.take(before: $0) }
        if !breaks.isEmpty { chapters[c].blocks.append(.paragraph(breaks)) }
    }

    /// A numbered scene inside the current chapter ("1.", "2" under "Chapter One"): a heading
    /// one level below the chapter's, and the text under it set as an opening.
    mutating func addSceneHeading(_ h: ResolvedHeading) {
        guard let c = chapters.indices.last else { return }
        closeChapter()
        chapters[c].blocks.append(.heading(level: 2, content: InlineText.make(h.title, smart: smart), id: nil))
        expectOpening = true
    }

    /// Opens an untitled division of front matter (a dedication, an epigraph) at `unit`.
    mutating func startMatter(_ kind: DivisionKind, at unit: TextUnit) {
        closeChapter()
        let line = table[unit.first]
        chapters.append(Chapter(kind: kind, title: nil, depth: 1, blocks: [],
                                source: SourceLocation(file: path, line: line.number, column: line.indent + 1)))
        headings.append(nil)
        expectOpening = true
    }

    mutating func add(_ unit: TextUnit) {
        if chapters.isEmpty {
            if unit.kind == .sceneBreak { return }
            chapters.append(Chapter(kind: .chapter, title: nil, depth: 1, blocks: [],
                                    source: SourceLocation(file: path, line: table[unit.first].number, column: 1)))
            headings.append(nil)
        }
        let c = chapters.count - 1
        if !pageMarkers.isEmpty {
            addPageMarkers(before: unit.first..<(unit.first + 1))
            pageMarkers.markPlaced(inside: unit.lines)
        }
        let previousItem = lastItem
        lastItem = nil
        switch unit.kind {
        case .sceneBreak:
            if let last = chapters[c].blocks.last, !last.isSceneBreak { chapters[c].blocks.append(.sceneBreak) }
            expectOpening = true
        case .quote:
            let paragraphs = quoteParagraphs(unit)
            if !unit.blankBefore, case .blockquote(let earlier)? = chapters[c].blocks.last {
                chapters[c].blocks[chapters[c].blocks.count - 1] = .blockquote(earlier + paragraphs)
            } else if !paragraphs.isEmpty {
                chapters[c].blocks.append(.blockquote(paragraphs))
            }
        case .text where unit.isVerse:
            let indent = unit.lines.map { table[$0].indent }.min() ?? 0
            chapters[c].blocks.append(.lineBlock(unit.lines.map { i in
                // Indentation beyond the stanza's own is kept ("  their lanterns low and gold;").
                let extra = max(0, table[i].indent - indent)
                let next = i + 1 < unit.lines.upperBound ? pageMarkers.peekSentinels(before: i + 1) : ""
                return InlineText.make(String(repeating: " ", count: extra) + table.collapsedText(i) + next, smart: smart)
            }))
            expectOpening = false
        case .text:
            if layout == .linePerParagraph, let m = ListMarker.parse(table, unit.first, allowDash: false) {
                addLineItem(m, unit, chapter: c, after: previousItem)
            } else {
                chapters[c].blocks.append(textBlock(unit))
            }
        }
    }

    /// The chapters, without a scene break left dangling at the end of any.
    mutating func finish() -> [Chapter] {
        closeChapter()
        guard !pageMarkers.isEmpty else { return chapters }
        let trailing = pageMarkers.trailing(after: table.count)
        if !trailing.isEmpty, let c = chapters.indices.last { chapters[c].blocks.append(.paragraph(trailing)) }
        let markers = pageMarkers
        return chapters.map(ModelRewriter(run: { markers.restore($0) }).rewrite)
    }

    private mutating func closeChapter() {
        guard let c = chapters.indices.last else { return }
        while chapters[c].blocks.last?.isSceneBreak == true { chapters[c].blocks.removeLast() }
    }

    /// Makes the inline text of `units` side by side: splitting a paragraph's lines into
    /// words, emphasis and curled quotes is most of reading a manuscript, and depends on the
    /// paragraph alone. Building chapters stays one pass in reading order.
    mutating func prepareParagraphs(_ units: [TextUnit]) {
        let builder = self
        preparedText = ParallelMap.map(units) { builder.inlineText($0.lines) }
        preparedLines = units.map(\.first)
    }

    /// The inline text of a paragraph made of `unit`'s lines.
    private mutating func paragraphText(_ unit: TextUnit) -> [Inline] {
        var low = 0, high = preparedLines.count
        while low < high {
            let mid = (low + high) / 2
            if preparedLines[mid] < unit.first { low = mid + 1 } else { high = mid }
        }
        if low < preparedLines.count, preparedLines[low] == unit.first, let text = preparedText[low] {
            preparedText[low] = nil
            return text
        }
        return inlineText(unit.lines)
    }

    /// The inline text of the lines joined as a paragraph (`joinedBytes`), no string in between.
    /// What typography work there is was found when the lines were measured: the joined text
    /// holds nothing its lines do not, but for a `--` across a line ending in a hyphen.
    private func inlineText(_ lines: Range<Int>, quote: Bool = false) -> [Inline] {
        var look = InlineText.Look(curl: false, marker: false, leftSingle: false)
        for i in lines {
            let line = table[i]
            look.curl = look.curl || line.curls
                || (i + 1 < lines.upperBound && line.contentStart < line.contentEnd && table.bytes[line.contentEnd - 1] == 0x2D)
            look.marker = look.marker || line.hasMarker
            look.leftSingle = look.leftSingle || line.leftSingle
        }
        return joinedBytes(lines, quote: quote).withUnsafeBufferPointer { InlineText.make(utf8: $0, smart: smart, look: look) }
    }

    // MARK: - Blocks

    mutating func textBlock(_ unit: TextUnit) -> Block {
        // "[Illustration: …]": the editor's, set apart, and the text after it still opens.
        if EditorialNote.isBracketed(table, unit) { return .paragraph(paragraphText(unit), style: .centered) }
        let relative = table[unit.first].indent - baseIndent
        if layout != .linePerParagraph {
            if let list = listBlock(unit) { return list }
            if unit.lines.count >= 2 && unit.lines.allSatisfy({ table[$0].indent - baseIndent >= 2 }) {
                return indentedBlock(unit)
            }
            if unit.isSingleLine && relative >= 10 {
                return .paragraph(paragraphText(unit), style: .centered)
            }
        }
        let style: ParagraphStyle = expectOpening ? .opening : .normal
        expectOpening = false
        return .paragraph(paragraphText(unit), style: style)
    }

    /// A wrapped text's indented block: verse (every line starts with a capital) keeps its lines;
    /// an indented prose passage (a letter, a telegram) is a quotation.
    private func indentedBlock(_ unit: TextUnit) -> Block {
        let isVerse = unit.lines.allSatisfy { i in
            table.text(i).unicodeScalars.first(where: { CharacterClass.isWordCharacter($0) }).map {
                Character($0).isUppercase
            } ?? false
        }
        if isVerse {
            return .blockquote([.lineBlock(unit.lines.map { InlineText.make(table.collapsedText($0), smart: smart) })])
        }
        return .blockquote([.paragraph(inlineText(unit.lines))])
    }

    /// `>` lines: one paragraph per line in a line-per-paragraph file; otherwise paragraphs are
    /// separated by lines holding only `>`, and their lines joined.
    private func quoteParagraphs(_ unit: TextUnit) -> [Block] {
        var blocks: [Block] = []
        var start = unit.lines.lowerBound
        for i in unit.lines {
            let emptyQuote = table[i].contentEnd - table[i].contentStart <= 1
            if layout == .linePerParagraph || emptyQuote {
                let end = layout == .linePerParagraph && !emptyQuote ? i + 1 : i
                if start < end { blocks.append(.paragraph(inlineText(start..<end, quote: true))) }
                start = i + 1
            }
        }
        if start < unit.lines.upperBound {
            blocks.append(.paragraph(inlineText(start..<unit.lines.upperBound, quote: true)))
        }
        return blocks
    }

    /// The UTF-8 of the lines' text joined with single spaces. A line ending in a dash joins the next without
    /// a space ("instance--" + "literally"), as does one ending in a hyphen after a letter
    /// ("well-" + "known"), so wrapping never adds a space the author did not type.
    func joinedBytes(_ lines: Range<Int>, quote: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        if let last = lines.last { out.reserveCapacity(table[last].end - table[lines.lowerBound].start) }
        for i in lines {
            var from = table[i].contentStart
            // The escape that kept the line from being a heading is not part of the text.
            if i == lines.lowerBound, HeadingMarker.isEscaped(table, i) { from += 1 }
            if quote, from < table[i].contentEnd, table.bytes[from] == 0x3E {
                from += 1
                if from < table[i].contentEnd, table.bytes[from] == 0x20 { from += 1 }
            }
            // A page that begins inside the paragraph: its sentinel ends the line before.
            if i != lines.lowerBound, !pageMarkers.isEmpty { out += pageMarkers.peekSentinels(before: i).utf8 }
            if !out.isEmpty && !endsWithDashOrHyphen(out) { out.append(0x20) }
            table.appendCollapsed(i, from: from, to: &out)
        }
        return out
    }

    private func endsWithDashOrHyphen(_ out: [UInt8]) -> Bool {
        let n = out.count
        if n >= 3 && out[n - 3] == 0xE2 && out[n - 2] == 0x80 && out[n - 1] == 0x94 { return true }
        guard n >= 2, out[n - 1] == 0x2D else { return false }
        let before = out[n - 2]
        return before == 0x2D || (before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A)
    }
}

extension Block {
    /// Checked by pattern, not `==`: `Block`'s equality describes both values, costly for big ones.
    fileprivate var isSceneBreak: Bool {
        if case .sceneBreak = self { return true }
        return false
    }
}
