import BookModel

/// Page numbers of a print edition in a plain-text manuscript: a line that holds nothing but
/// `[page 12]` (also `[Page xiv]`, `[p. 12]`, `[pg 12]`), where page 12 of the printed book begins.
///
/// The marker lines are taken out of the text before anything measures it, so they neither
/// split a paragraph nor change how its layout is detected: a marker between two lines of one
/// paragraph leaves the paragraph whole, with the page break inside it. Inside a paragraph the
/// break travels through typography as one private-use character (`sentinel`) placed at the
/// end of the line before it, where it cannot change how quotes curl, and becomes an
/// `Inline.pageBreak` again afterwards (`restore`). A marker before a paragraph, a heading or a
/// verse stands alone between blocks.
struct PageMarkers {
    struct Marker {
        var label: String
        /// 1-based line of the marker in the file.
        var line: Int
    }

    private(set) var markers: [Marker] = []
    /// The markers before each kept line (index into the table after extraction), by ordinal.
    private var before: [Int: [Int]] = [:]
    private(set) var placed: Set<Int> = []

    /// The first of the sixty-five thousand private-use code points the markers travel as.
    static let sentinelBase: UInt32 = 0xF0000
    static let sentinelLimit = 0xFFFD

    var isEmpty: Bool { markers.isEmpty }

    /// The label of a marker line (`[page 12]` → `12`), nil for any other line.
    static func label(_ line: Substring) -> String? {
        guard line.first == "[", line.last == "]" else { return nil }
        let inner = line.dropFirst().dropLast()
        let lowered = inner.lowercased()
        for word in ["page ", "pg ", "pg. ", "p. "] where lowered.hasPrefix(word) {
            let label = inner.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty, label.count <= 16, !label.contains(where: { $0 == "[" || $0 == "]" || $0 == " " })
            else { return nil }
            return label
        }
        return nil
    }

    /// Takes the marker lines out of `table`; each marker is kept for the next non-blank line.
    static func extract(_ table: inout LineTable) -> PageMarkers {
        var result = PageMarkers()
        var kept: [TextLine] = []
        var pending: [Int] = []
        for i in 0..<table.count {
            let line = table[i]
            if line.length <= 24, !line.isBlank, line.length >= 5, table.bytes[line.contentStart] == UInt8(ascii: "["),
               result.markers.count < sentinelLimit, let label = label(Substring(table.text(i))) {
                pending.append(result.markers.count)
                result.markers.append(Marker(label: label, line: line.number))
                continue
            }
            if !line.isBlank, !pending.isEmpty {
                result.before[kept.count] = pending
                pending = []
            }
            kept.append(line)
        }
        if !pending.isEmpty { result.before[kept.count] = pending }
        if !result.markers.isEmpty { table.replaceLines(kept) }
        return result
    }

    /// The markers right before kept line `i`, marked as placed.
    mutating func take(before i: Int) -> [Inline] {
        guard let ordinals = before[i] else { return [] }
        placed.formUnion(ordinals)
        return ordinals.map { .pageBreak(label: markers[$0].label) }
    }

    /// The markers right before line `i` as sentinels, for text made of lines; marked placed.
    mutating func sentinels(before i: Int) -> String {
        guard let ordinals = before[i] else { return "" }
        placed.formUnion(ordinals)
        return String(String.UnicodeScalarView(ordinals.compactMap { Unicode.Scalar(Self.sentinelBase + UInt32($0)) }))
    }

    /// Sentinels for line `i` without marking (the text is made ahead, on other cores).
    func peekSentinels(before i: Int) -> String {
        guard let ordinals = before[i] else { return "" }
        return String(String.UnicodeScalarView(ordinals.compactMap { Unicode.Scalar(Self.sentinelBase + UInt32($0)) }))
    }

    /// Records that the markers inside `lines` (all but the first) are in the text.
    mutating func markPlaced(inside lines: Range<Int>) {
        for i in lines.dropFirst() { if let o = before[i] { placed.formUnion(o) } }
    }

    /// The markers after the last line of the file.
    mutating func trailing(after count: Int) -> [Inline] { take(before: count) }

    /// Markers not placed in the book (in text left out, such as a contents list).
    var unplaced: [Marker] {
        markers.indices.filter { !placed.contains($0) }.map { markers[$0] }
    }

    /// `inlines` with each sentinel made a page break again, at any depth.
    func restore(_ inlines: [Inline]) -> [Inline] {
        guard !markers.isEmpty else { return inlines }
        return inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .text(let t): return split(t)
            case .emphasis(let c): return [.emphasis(restore(c))]
            case .strong(let c): return [.strong(restore(c))]
            case .strikethrough(let c): return [.strikethrough(restore(c))]
            case .superscript(let c): return [.superscript(restore(c))]
            case .subscripted(let c): return [.subscripted(restore(c))]
            case .smallCaps(let c): return [.smallCaps(restore(c))]
            case .link(let href, let title, let c): return [.link(href: href, title: title, content: restore(c))]
            case .span(let language, let direction, let c): return [.span(language: language, direction: direction, content: restore(c))]
            case .abbreviation(let title, let c): return [.abbreviation(title: title, content: restore(c))]
            case .phrase(let phrase, let c): return [.phrase(phrase, content: restore(c))]
            case .code, .image, .lineBreak, .noteReference, .taskMarker, .anchor, .math, .pageBreak: return [inline]
            }
        }
    }

    private func split(_ text: String) -> [Inline] {
        let base = Self.sentinelBase, limit = base + UInt32(markers.count)
        guard text.unicodeScalars.contains(where: { $0.value >= base && $0.value < limit }) else { return [.text(text)] }
        var out: [Inline] = []
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= base && scalar.value < limit {
                if !run.isEmpty { out.append(.text(String(run))); run = String.UnicodeScalarView() }
                out.append(.pageBreak(label: markers[Int(scalar.value - base)].label))
            } else {
                run.append(scalar)
            }
        }
        if !run.isEmpty { out.append(.text(String(run))) }
        return out
    }
}
