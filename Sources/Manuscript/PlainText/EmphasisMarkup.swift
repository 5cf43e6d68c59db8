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
        var copy = text
        return copy.withUTF8 { inlines(utf8: $0) }
    }

    /// The same from the text's UTF-8 bytes: a string is made only for each run of text kept.
    /// `hasMarker` says whether the bytes hold a `_` or `*` at all (most paragraphs do not),
    /// when the caller has looked already.
    static func inlines(utf8 b: UnsafeBufferPointer<UInt8>, hasMarker: Bool? = nil) -> [Inline] {
        guard !b.isEmpty, hasMarker ?? b.contains(where: { $0 == 0x5F || $0 == 0x2A }) else {
            return b.isEmpty ? [] : [.text(String(decoding: b, as: UTF8.self))]
        }
        let pairs = pair(delimiters(in: b))
        return pairs.isEmpty ? [.text(String(decoding: b, as: UTF8.self))] : build(b, pairs)
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
        delimiters(in: b, 0..<b.count, into: &out)
        return out
    }

    /// The delimiters of the text `b[range]`, as if nothing (or a space) came before and after
    /// it: each line of a paragraph read in place, without joining the lines into a copy.
    static func delimiters(in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Delimiter]) {
        var i = range.lowerBound
        while i < range.upperBound {
            // Eight bytes without a marker at a time.
            if i + 8 <= range.upperBound {
                let w = ByteWords.word(b, at: i)
                if ByteWords.matches(w, 0x5F) | ByteWords.matches(w, 0x2A) == 0 { i += 8; continue }
            }
            let c = b[i]
            guard c == 0x5F || c == 0x2A else { i += 1; continue }
            var j = i
            while j < range.upperBound && b[j] == c { j += 1 }
            let length = j - i
            if length <= 2 {
                let before = i > range.lowerBound ? UTF8Scan.decode(at: UTF8Scan.start(before: i, in: b), in: b) : nil
                let after = j < range.upperBound ? UTF8Scan.decode(at: j, in: b) : nil
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
    }

    /// Opener and closer positions, properly nested: pairing a closer with its opener discards
    /// any other opener still open inside them.
    static func pair(_ delimiters: [Delimiter]) -> [(open: Delimiter, close: Delimiter)] {
        pairIndices(delimiters).map { (delimiters[$0.open], delimiters[$0.close]) }
    }

    /// The pairs as indices into `delimiters`. One stack of open delimiters per kind (`_`, `__`,
    /// `*`, `**`), holding indices.
    static func pairIndices(_ delimiters: [Delimiter]) -> [(open: Int, close: Int)] {
        var stacks: [[Int]] = [[], [], [], []]
        var pairs: [(open: Int, close: Int)] = []
        for (index, d) in delimiters.enumerated() {
            let kind = (d.marker == 0x2A ? 2 : 0) + d.length - 1
            if d.canClose, let top = stacks[kind].last, delimiters[top].position + delimiters[top].length < d.position {
                let opener = delimiters[top].position
                stacks[kind].removeLast()
                for k in stacks.indices {
                    while let inner = stacks[k].last, delimiters[inner].position > opener { stacks[k].removeLast() }
                }
                pairs.append((top, index))
            } else if d.canOpen {
                stacks[kind].append(index)
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
        var raw = raw
        return raw.withUTF8 { make(utf8: $0, smart: smart) }
    }

    /// The same from UTF-8 bytes. One look at the bytes tells what work there is: quotes to
    /// curl (into a new buffer), emphasis markers to pair, a ‘ that may need no partner; strings
    /// are made only for the runs of text the inlines keep.
    /// `look`, when the caller knows it, may say there is work where there is none (that work
    /// then changes nothing), never the other way.
    static func make(utf8 raw: UnsafeBufferPointer<UInt8>, smart: Bool, look: Look? = nil) -> [Inline] {
        let found = look ?? Look(raw)
        guard smart else { return EmphasisMarkup.inlines(utf8: raw, hasMarker: found.marker) }
        guard found.curl else { return finish(raw, found.marker, leftSingle: found.leftSingle) }
        var leftSingle = found.leftSingle
        // Curling changes only quotes, dashes and dots: the markers and any ‘ typed stay.
        let curled = Typography.smartened(raw, leftSingle: &leftSingle)
        return curled.withUnsafeBufferPointer { finish($0, found.marker, leftSingle: leftSingle) }
    }

    /// Emphasis, then an unpaired ‘ made an apostrophe: only the text's own bytes end up in the
    /// runs, so without a ‘ in them `UnmatchedQuotes` has nothing to do.
    private static func finish(_ b: UnsafeBufferPointer<UInt8>, _ marker: Bool, leftSingle: Bool) -> [Inline] {
        let inlines = EmphasisMarkup.inlines(utf8: b, hasMarker: marker)
        return leftSingle ? UnmatchedQuotes.fix(inlines) : inlines
    }

    /// What one pass over the bytes finds: a mark `Typography` curls, an emphasis marker, a ‘
    /// (UTF-8 E2 80 98).
    struct Look {
        var curl = false
        var marker = false
        var leftSingle = false

        init(curl: Bool, marker: Bool, leftSingle: Bool) {
            self.curl = curl
            self.marker = marker
            self.leftSingle = leftSingle
        }

        init(_ b: UnsafeBufferPointer<UInt8>) {
            for i in b.indices {
                switch b[i] {
                case 0x5F, 0x2A: marker = true
                case 0xE2: if i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x98 { leftSingle = true }
                default: if !curl && Typography.changes(b, at: i) { curl = true }
                }
            }
        }
    }
}
