import BookModel

/// pandoc's simple, multiline and grid tables, and table captions (`Table: …` or `: …`, before
/// or after any table, pipe tables too), which CommonMark reads as paragraphs.
///
/// They are found in the source before cmark parses it, by their lines' shape (pandoc's
/// manual defines it): each table, with its caption, is replaced by an HTML comment of the same
/// number of lines, so cmark's line numbers stay the file's, and the converter puts the table
/// in the comment's place. Cell text is kept as written, to be read as Markdown by the
/// converter. Pipe tables stay with cmark's table extension; only their captions are taken.
enum PandocTables {
    static let marker = "\u{E002}"

    struct Cell {
        var text: String
        var line: Int
    }

    struct Source {
        var alignments: [Table.Alignment]
        var header: [Cell]
        var rows: [[Cell]]
        var spans: [[CellSpan]]?
        var caption: Cell?
        var line: Int
    }

    struct Scan {
        var text: String
        var tables: [Source] = []
        /// Captions of pipe tables, by the line the table starts on.
        var pipeCaptions: [Int: Cell] = [:]
    }

    static func scan(_ text: String) -> Scan {
        guard text.contains("--") || text.contains("able:") || text.contains("\n:") || text.contains("|") else { return Scan(text: text) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0)) }
        var scan = Scan(text: text)
        var fence: (char: Character, count: Int)?
        var i = 0
        var changed = false
        while i < lines.count {
            if let f = lines[i].fence {
                if let open = fence {
                    if open.char == f.char && f.count >= open.count && lines[i].afterFence.isEmpty { fence = nil }
                } else {
                    fence = f
                }
                i += 1
                continue
            }
            let startsBlock = i == 0 || lines[i - 1].isBreak
            guard fence == nil, startsBlock, !lines[i].isBlank else { i += 1; continue }

            var start = i
            var caption: Cell?
            var tableStart = i
            if let before = captionParagraph(lines, at: i, colonAllowed: false) {
                var k = before.end
                guard k < lines.count, lines[k].isBlank else { i += 1; continue }
                while k < lines.count, lines[k].isBlank { k += 1 }
                caption = before.cell
                tableStart = k
            }
            guard let found = table(lines, at: tableStart) else {
                i += 1
                continue
            }
            var end = found.end
            if caption == nil {
                var k = end
                while k < lines.count, lines[k].isBlank { k += 1 }
                if let after = captionParagraph(lines, at: k, colonAllowed: true) {
                    caption = after.cell
                    end = after.end
                }
            }
            if var source = found.source {
                source.caption = caption
                scan.tables.append(source)
                let references = noteReferences(lines[start..<end])
                replace(&lines, start..<end, with: String(scan.tables.count - 1))
                if !references.isEmpty, end - start >= 3 {
                    // cmark keeps only note definitions something refers to: the cells'
                    // references stay in the text, in a paragraph the converter does not show.
                    lines[start].raw = "<!--" + marker + String(scan.tables.count - 1) + "-->"
                    lines[start + 1].raw = ""
                    lines[start + 2].raw = notesMarker + references.joined()
                    for k in (start + 3)..<end { lines[k].raw = "" }
                }
                changed = true
            } else if let caption {
                // A pipe table: its captions go, the table stays for cmark.
                scan.pipeCaptions[tableStart + 1] = caption
                if start < tableStart { replace(&lines, start..<tableStart, with: "caption"); changed = true }
                if found.end < end {
                    var k = found.end
                    while k < end, lines[k].isBlank { k += 1 }
                    replace(&lines, k..<end, with: "caption")
                    changed = true
                }
            }
            start = end
            i = end
        }
        if changed { scan.text = lines.map(\.raw).joined(separator: "\n") }
        return scan
    }

    // MARK: - Lines

    struct Line {
        var raw: String
        /// The line with tabs expanded to stops of four, no carriage return.
        var chars: [Character]
        var isBlank: Bool
        /// Blank, or a placeholder of an earlier pass (a div fence): either ends a block.
        var isBreak: Bool { isBlank || raw.hasPrefix("<!--" + PandocTables.marker) }
        var indent: Int
        var fence: (char: Character, count: Int)?
        var afterFence: Substring = ""

        init(_ raw: String) {
            self.raw = raw
            var expanded: [Character] = []
            for c in raw where c != "\r" {
                if c == "\t" {
                    repeat { expanded.append(" ") } while expanded.count % 4 != 0
                } else {
                    expanded.append(c)
                }
            }
            chars = expanded
            indent = expanded.prefix { $0 == " " }.count
            isBlank = indent == expanded.count
            if indent < 4, let f = expanded.dropFirst(indent).first, f == "`" || f == "~" {
                let count = expanded.dropFirst(indent).prefix { $0 == f }.count
                if count >= 3 {
                    fence = (f, count)
                    afterFence = Substring(String(expanded.dropFirst(indent + count))).drop { $0 == " " }
                }
            }
        }

        /// Runs of dashes (`-`, or `=` where `equals` allows) with only spaces between.
        func dashGroups() -> [Range<Int>]? {
            var groups: [Range<Int>] = []
            var i = 0
            while i < chars.count {
                if chars[i] == " " { i += 1; continue }
                guard chars[i] == "-" else { return nil }
                let start = i
                while i < chars.count, chars[i] == "-" { i += 1 }
                groups.append(start..<i)
            }
            return groups.isEmpty ? nil : groups
        }

        func slice(_ range: Range<Int>) -> String {
            let lower = min(range.lowerBound, chars.count)
            let upper = min(range.upperBound, chars.count)
            return String(chars[lower..<upper])
        }
    }

    private static func isSeparator(_ line: Line, minimumGroups: Int) -> [Range<Int>]? {
        guard line.indent < 4, let groups = line.dashGroups(), groups.count >= minimumGroups else { return nil }
        return groups
    }

    private static func isSingleRule(_ line: Line) -> Bool {
        guard line.indent < 4, let groups = line.dashGroups(), groups.count == 1 else { return false }
        return groups[0].count >= 3
    }

    /// `Table: words` or `: words` and the lines after it up to a blank line.
    private static func captionParagraph(_ lines: [Line], at i: Int, colonAllowed: Bool) -> (cell: Cell, end: Int)? {
        guard i < lines.count, lines[i].indent < 4 else { return nil }
        let text = String(lines[i].chars.dropFirst(lines[i].indent))
        var rest: Substring
        if text.hasPrefix("Table:") || text.hasPrefix("table:") {
            rest = text.dropFirst(6)
        } else if colonAllowed, text.hasPrefix(":"), let next = text.dropFirst().first, next == " " || next == "\t" {
            rest = text.dropFirst()
        } else {
            return nil
        }
        rest = rest.drop { $0 == " " }
        var parts = [String(rest)]
        var end = i + 1
        while end < lines.count, !lines[end].isBreak {
            parts.append(String(lines[end].chars).trimmingSpaces)
            end += 1
        }
        let caption = parts.joined(separator: "\n").trimmingSpaces
        guard !caption.isEmpty else { return nil }
        return (Cell(text: caption, line: i + 1), end)
    }

    /// A table starting at line `i`: pandoc's kinds become a `Source`; a pipe table gives only
    /// where it ends (`source` nil).
    private static func table(_ lines: [Line], at i: Int) -> (source: Source?, end: Int)? {
        guard i < lines.count, !lines[i].isBlank else { return nil }
        if let grid = GridTable.parse(lines, at: i) { return grid }
        if let multiline = multilineTable(lines, at: i) { return multiline }
        if let simple = simpleTable(lines, at: i) { return simple }
        if let end = pipeTableEnd(lines, at: i) { return (nil, end) }
        return nil
    }

    // MARK: - Simple and multiline tables

    private static func columns(_ groups: [Range<Int>]) -> [Range<Int>] {
        groups.indices.map { k in
            let lower = k == 0 ? 0 : groups[k].lowerBound
            let upper = k + 1 < groups.count ? groups[k + 1].lowerBound : Int.max
            return lower..<upper
        }
    }

    /// pandoc's rule: text flush with the dashes on one side and not the other leans that way;
    /// dashes beyond the text on both sides centre it; flush on both sides is the default.
    private static func alignments(_ textLines: [Line], _ groups: [Range<Int>]) -> [Table.Alignment] {
        groups.indices.map { k in
            let group = groups[k]
            let region = group.lowerBound..<(k + 1 < groups.count ? groups[k + 1].lowerBound : Int.max)
            let texts = textLines.map { line -> String in
                var s = Substring(line.slice(region))
                while s.last == " " { s.removeLast() }
                return String(s)
            }.filter { !$0.isEmpty }
            guard let longest = texts.max(by: { $0.count < $1.count }) else { return .none }
            let left = longest.first == " "
            let right = longest.count < group.count
            switch (left, right) {
            case (true, true): return .center
            case (true, false): return .right
            case (false, true): return .left
            case (false, false): return .none
            }
        }
    }

    /// The text of each column in a group of lines (a row of a multiline table, or one line).
    private static func cells(_ rowLines: [Line], _ cols: [Range<Int>], firstLine: Int) -> [Cell] {
        cols.map { col in
            let parts = rowLines.map { $0.slice(col).trimmingSpaces }.filter { !$0.isEmpty }
            return Cell(text: parts.joined(separator: "\n"), line: firstLine)
        }
    }

    private static func simpleTable(_ lines: [Line], at i: Int) -> (source: Source?, end: Int)? {
        // With a header: a line of text over a separator of two or more dash groups.
        if i + 1 < lines.count, !lines[i].isBlank, lines[i].dashGroups() == nil,
           let groups = isSeparator(lines[i + 1], minimumGroups: 2) {
            var end = i + 2
            while end < lines.count, !lines[end].isBreak { end += 1 }
            var rowLines = Array(lines[(i + 2)..<end])
            if let last = rowLines.last, last.dashGroups() != nil { rowLines.removeLast() }
            guard !rowLines.isEmpty else { return nil }
            let cols = columns(groups)
            let rows = rowLines.enumerated().map { cells([$1], cols, firstLine: i + 3 + $0) }
            return (Source(alignments: alignments([lines[i]], groups), header: cells([lines[i]], cols, firstLine: i + 1),
                           rows: rows, line: i + 1), end)
        }
        // Without a header: rows between two separators, then a blank line.
        if let groups = isSeparator(lines[i], minimumGroups: 2) {
            var end = i + 1
            while end < lines.count, !lines[end].isBlank, lines[end].dashGroups() == nil { end += 1 }
            guard end < lines.count, end > i + 1, lines[end].dashGroups() != nil,
                  end + 1 == lines.count || lines[end + 1].isBlank else { return nil }
            let rowLines = Array(lines[(i + 1)..<end])
            let cols = columns(groups)
            let rows = rowLines.enumerated().map { cells([$1], cols, firstLine: i + 2 + $0) }
            return (Source(alignments: alignments([rowLines[0]], groups), header: [], rows: rows, line: i + 1), end + 1)
        }
        return nil
    }

    private static func multilineTable(_ lines: [Line], at i: Int) -> (source: Source?, end: Int)? {
        var headerLines: [Line] = []
        var groups: [Range<Int>]
        var bodyStart: Int
        if isSingleRule(lines[i]) {
            // A rule, header lines, a separator of column groups.
            var k = i + 1
            while k < lines.count, !lines[k].isBlank, lines[k].dashGroups() == nil { headerLines.append(lines[k]); k += 1 }
            guard !headerLines.isEmpty, k < lines.count, let g = isSeparator(lines[k], minimumGroups: 2) else { return nil }
            groups = g
            bodyStart = k + 1
        } else if let g = isSeparator(lines[i], minimumGroups: 2) {
            groups = g
            bodyStart = i + 1
        } else {
            return nil
        }
        // Rows separated by blank lines, up to a closing rule followed by a blank line.
        var rows: [[Line]] = []
        var rowStarts: [Int] = []
        var current: [Line] = []
        var k = bodyStart
        var sawBlank = false
        while k < lines.count {
            let line = lines[k]
            if !line.isBlank, line.dashGroups() != nil, line.indent < 4 {
                break
            }
            if line.isBlank {
                if !current.isEmpty { rows.append(current); current = [] }
                sawBlank = true
            } else {
                if current.isEmpty { rowStarts.append(k + 1) }
                current.append(line)
            }
            k += 1
        }
        guard k < lines.count, k + 1 == lines.count || lines[k + 1].isBlank else { return nil }
        if !current.isEmpty { rows.append(current) }
        // Headerless tables without blank lines are simple tables.
        guard !rows.isEmpty, !headerLines.isEmpty || sawBlank else { return nil }
        let cols = columns(groups)
        let alignmentLines = headerLines.isEmpty ? rows[0] : headerLines
        let header = headerLines.isEmpty ? [] : cells(headerLines, cols, firstLine: i + 2)
        let body = zip(rows, rowStarts).map { cells($0, cols, firstLine: $1) }
        return (Source(alignments: alignments(alignmentLines, groups), header: header, rows: body, line: i + 1), k + 1)
    }

    // MARK: - Pipe tables (for their captions)

    private static func pipeTableEnd(_ lines: [Line], at i: Int) -> Int? {
        guard i + 1 < lines.count, lines[i].chars.contains("|"), isPipeDelimiterRow(lines[i + 1]) else { return nil }
        var end = i + 2
        while end < lines.count, !lines[end].isBreak { end += 1 }
        return end
    }

    private static func isPipeDelimiterRow(_ line: Line) -> Bool {
        guard line.indent < 4 else { return false }
        let text = String(line.chars).trimmingSpaces
        guard text.contains("-"), text.contains("|") || text.contains(":") || text.hasPrefix("-") else { return false }
        return text.allSatisfy { "|-: ".contains($0) } && text.contains("|")
    }

    // MARK: - Replacing

    /// Starts the paragraph that carries a table's note references (`[^a][^b]`).
    static let notesMarker = "\u{E002}notes "

    /// `[^label]` references in the lines, in order.
    private static func noteReferences(_ lines: ArraySlice<Line>) -> [String] {
        var found: [String] = []
        for line in lines where line.raw.contains("[^") {
            var rest = Substring(line.raw)
            while let open = rest.range(of: "[^") {
                let after = rest[open.upperBound...]
                let label = after.prefix { $0 != "]" && $0 != "[" && $0 != " " }
                let tail = after.dropFirst(label.count)
                if !label.isEmpty, tail.first == "]", tail.dropFirst().first != ":" { found.append("[^\(label)]") }
                rest = after
            }
        }
        return found
    }

    /// Lines `range` become one HTML comment naming `what`, as many lines long.
    private static func replace(_ lines: inout [Line], _ range: Range<Int>, with what: String) {
        guard !range.isEmpty else { return }
        let open = "<!--" + marker + what
        if range.count == 1 {
            lines[range.lowerBound].raw = open + "-->"
            return
        }
        lines[range.lowerBound].raw = open
        for k in (range.lowerBound + 1)..<(range.upperBound - 1) { lines[k].raw = marker }
        lines[range.upperBound - 1].raw = "-->"
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
