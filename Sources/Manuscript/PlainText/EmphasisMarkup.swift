import BookModel

/// `_x_` and `*x*` (emphasis) and `__x__` / `**x**` (strong) in plain text, when the markers
/// wrap words: not in snake_case, not in `2*3*4`, not around spaces.
///
/// Linear: one pass finds the markers, a stack per marker kind pairs them, one pass builds
/// the inlines. Nesting deeper than `maxDepth` is left as literal text so a pathological line
/// cannot build a tree that later recursion chokes on.
enum EmphasisMarkup {
    static let maxDepth = 6

    /// Paragraph text (already typographic, if wanted) as inlines.
    static func inlines(_ text: String) -> [Inline] {
        guard text.utf8.contains(where: { $0 == 0x5F || $0 == 0x2A }) else { return text.isEmpty ? [] : [.text(text)] }
        var copy = text
        return copy.withUTF8 { b in
            let pairs = pair(delimiters(in: b))
            return pairs.isEmpty ? [.text(text)] : build(b, pairs)
        }
    }

    struct Delimiter {
        var position: Int
        var length: Int
        var marker: UInt8
        var canOpen: Bool
        var canClose: Bool
    }

    /// Runs of one or two `_` or `*`, with whether each may open or close (flanking rules:
    /// an opener is followed by a non-space and not preceded by a letter or digit; a closer the
    /// reverse). Longer runs are left as text.
    static func delimiters(in b: UnsafeBufferPointer<UInt8>) -> [Delimiter] {
        var out: [Delimiter] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            guard c == 0x5F || c == 0x2A else { i += 1; continue }
            var j = i
            while j < b.count && b[j] == c { j += 1 }
            let length = j - i
            if length <= 2 {
                let before = i > 0 ? UTF8Scan.decode(at: UTF8Scan.start(before: i, in: b), in: b) : nil
                let after = UTF8Scan.decode(at: j, in: b)
                let afterIsSpace = after.map(CharacterClass.isSpace) ?? true
                let beforeIsSpace = before.map(CharacterClass.isSpace) ?? true
                let beforeIsWord = before.map(CharacterClass.isWordCharacter) ?? false
                let afterIsWord = after.map(CharacterClass.isWordCharacter) ?? false
                out.append(Delimiter(position: i, length: length, marker: c,
                                     canOpen: !afterIsSpace && !beforeIsWord,
                                     canClose: !beforeIsSpace && !afterIsWord))
            }
            i = j
        }
        return out
    }

    /// Opener and closer positions, properly nested: pairing a closer with its opener discards
    /// any other opener still open inside them.
    static func pair(_ delimiters: [Delimiter]) -> [(open: Delimiter, close: Delimiter)] {
        var stacks: [Int: [Delimiter]] = [:]
        var pairs: [(open: Delimiter, close: Delimiter)] = []
        for d in delimiters {
            let key = Int(d.marker) * 10 + d.length
            if d.canClose, let opener = stacks[key]?.last, opener.position + opener.length < d.position {
                stacks[key]?.removeLast()
                for k in stacks.keys {
                    while let top = stacks[k]?.last, top.position > opener.position { stacks[k]?.removeLast() }
                }
                pairs.append((opener, d))
            } else if d.canOpen {
                stacks[key, default: []].append(d)
            }
        }
        return pairs
    }

    private static func build(_ b: UnsafeBufferPointer<UInt8>, _ pairs: [(open: Delimiter, close: Delimiter)]) -> [Inline] {
        // Events by position: an opener starts a frame, its closer ends it.
        var events: [(position: Int, length: Int, isOpen: Bool, strong: Bool, partner: Int)] = []
        for p in pairs {
            events.append((p.open.position, p.open.length, true, p.open.length == 2, p.close.position))
            events.append((p.close.position, p.close.length, false, p.close.length == 2, p.open.position))
        }
        events.sort { $0.position < $1.position }
        var frames: [[Inline]] = [[]]
        var frameKinds: [Bool] = []
        var skippedClosers = Set<Int>()
        var textStart = 0
        var i = 0
        func flushText() {
            if textStart < i {
                frames[frames.count - 1].append(.text(String(decoding: UnsafeBufferPointer(rebasing: b[textStart..<i]), as: UTF8.self)))
            }
        }
        for e in events {
            i = e.position
            if e.isOpen && frames.count > maxDepth {
                skippedClosers.insert(e.partner)
                continue  // left as literal text: copied with the following characters
            }
            if !e.isOpen && skippedClosers.contains(e.position) { continue }
            flushText()
            i = e.position + e.length
            textStart = i
            if e.isOpen {
                frames.append([])
                frameKinds.append(e.strong)
            } else if frames.count > 1, let strong = frameKinds.popLast(), let content = frames.popLast() {
                frames[frames.count - 1].append(strong ? .strong(content) : .emphasis(content))
            }
        }
        i = b.count
        flushText()
        return frames[0]
    }
}

/// Paragraph and heading text made into inlines: typography (when wanted), then emphasis.
enum InlineText {
    static func make(_ raw: String, smart: Bool) -> [Inline] {
        smart ? UnmatchedQuotes.fix(EmphasisMarkup.inlines(Typography.smarten(raw))) : EmphasisMarkup.inlines(raw)
    }
}
