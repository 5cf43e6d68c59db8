/// Typewriter punctuation turned into a typesetter's: curly quotes and apostrophes, em dashes
/// and ellipses.
///
/// Manuscripts are typed with the keys a keyboard has; books are set with the marks a reader
/// expects. Text that is already typographic passes through unchanged, so applying this twice,
/// or to a manuscript that mixes both, is safe.
public enum Typography {
    /// Curly quotes with apostrophes right (don't, '90s, rock 'n' roll, 'Tis, the dogs' bones,
    /// nested quotes, quotes after dashes and brackets), `--` → —, `...` → …
    ///
    /// `_` and `*` (emphasis markers) are looked through when judging a quote's side, so
    /// `"_Stop_," she said` comes out right. Call it on one paragraph at a time: an open quote does
    /// not carry over into the next paragraph. Works on UTF-8 bytes in one pass; every mark it
    /// changes is ASCII, so other text is copied byte for byte.
    public static func smarten(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { bytes in
            guard needsWork(bytes) else { return s }
            var leftSingle = false
            return String(decoding: smarten(bytes, leftSingle: &leftSingle), as: UTF8.self)
        }
    }

    /// The same on UTF-8 bytes the caller found a mark to change in (`changes`); sets
    /// `leftSingle` when it writes a ‘.
    static func smartened(_ b: UnsafeBufferPointer<UInt8>, leftSingle: inout Bool) -> [UInt8] {
        smarten(b, leftSingle: &leftSingle)
    }

    private static func needsWork(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in b.indices where changes(b, at: i) { return true }
        return false
    }

    /// Whether the byte at `i` starts a mark `smarten` changes: a straight quote, `--` or `..`.
    @inline(__always)
    static func changes(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch b[i] {
        case 0x22, 0x27: return true
        case 0x2D, 0x2E: return i + 1 < b.count && b[i + 1] == b[i]
        default: return false
        }
    }

    private static func smarten(_ b: UnsafeBufferPointer<UInt8>, leftSingle: inout Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 16)
        var doubleOpen = false
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x2D, 0x2E:  // - .
                var run = 1
                while i + run < b.count && b[i + run] == c { run += 1 }
                appendRun(of: c, length: run, to: &out)
                i += run
                continue
            case 0x22:  // "
                let open = doubleOpens(after: UTF8Scan.lastScalar(of: out), before: UTF8Scan.scalar(after: i, in: b),
                                       doubleOpen: doubleOpen)
                out.append(contentsOf: open ? Marks.leftDouble : Marks.rightDouble)
                doubleOpen = open
            case 0x27:  // '
                let mark = singleQuote(at: i, in: b, previous: UTF8Scan.lastScalar(of: out))
                if mark == Marks.leftSingle { leftSingle = true }
                out.append(contentsOf: mark)
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Two or three hyphens make an em dash (four or more, two-em dashes: the mark for an
    /// omitted name); three or more full stops start with an ellipsis.
    private static func appendRun(of c: UInt8, length: Int, to out: inout [UInt8]) {
        if c == 0x2D {
            if length == 1 { out.append(c); return }
            for _ in 0..<(length >= 4 ? length / 2 : 1) { out.append(contentsOf: Marks.emDash) }
            return
        }
        if length < 3 {
            for _ in 0..<length { out.append(c) }
            return
        }
        out.append(contentsOf: Marks.ellipsis)
        for _ in 0..<(length - 3) { out.append(c) }
    }

    /// Whether a `"` between `prev` and `next` opens a quotation; `doubleOpen` settles a quote
    /// with spaces on both sides.
    static func doubleOpens(after prev: Unicode.Scalar?, before next: Unicode.Scalar?, doubleOpen: Bool) -> Bool {
        let nextIsSpace = next.map(CharacterClass.isSpace) ?? true
        let nextCloses = next.map(CharacterClass.closesAfterQuote) ?? true
        guard let prev else { return !nextIsSpace || !doubleOpen }
        if CharacterClass.isSpace(prev) { return nextIsSpace ? !doubleOpen : true }
        if CharacterClass.isDash(prev) { return !(nextIsSpace || nextCloses) }
        return CharacterClass.isOpeningBracketOrQuote(prev)
    }

    /// Apostrophe, opening or closing single quote for the `'` at `i`.
    private static func singleQuote(at i: Int, in b: UnsafeBufferPointer<UInt8>, previous prev: Unicode.Scalar?) -> [UInt8] {
        let next = UTF8Scan.scalar(after: i, in: b)
        let prevIsWord = prev.map(CharacterClass.isWordCharacter) ?? false
        let nextIsWord = next.map(CharacterClass.isWordCharacter) ?? false
        if prevIsWord && nextIsWord { return Marks.rightSingle }              // don't, o'clock
        if !nextIsWord {
            // dogs' bones, runnin', 'Hello,' and a closing quote after a dash: 'Stop—'
            guard let p = prev, !CharacterClass.isSpace(p) else {
                return next.map(CharacterClass.isSpace) ?? true ? Marks.rightSingle : Marks.leftSingle
            }
            return Marks.rightSingle
        }
        // A letter or digit follows; before is a space, bracket, dash, quote or punctuation.
        if let p = prev, !CharacterClass.opensQuote(after: p) { return Marks.rightSingle }
        return Elision.starts(at: i + 1, in: b) ? Marks.rightSingle : Marks.leftSingle
    }
}

/// UTF-8 bytes of the marks `Typography` writes.
enum Marks {
    static let leftDouble: [UInt8] = [0xE2, 0x80, 0x9C]
    static let rightDouble: [UInt8] = [0xE2, 0x80, 0x9D]
    static let leftSingle: [UInt8] = [0xE2, 0x80, 0x98]
    static let rightSingle: [UInt8] = [0xE2, 0x80, 0x99]
    static let emDash: [UInt8] = [0xE2, 0x80, 0x94]
    static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
}
