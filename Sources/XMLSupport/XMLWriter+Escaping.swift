/// Escaping of character data and attribute values, on UTF-8 bytes.
///
/// Works on bytes rather than characters because it runs over every byte of a book: runs of
/// ordinary text are copied in one piece, and only the few bytes that need it are rewritten.
/// Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return, and
/// U+FFFE/U+FFFF) are dropped: the manuscript readers warn about them with a line and column,
/// so here they can only be a last line of defence that keeps the output well-formed.
enum XMLEscaping {
    /// What to do with each byte value: 0 copy, 1 escape or drop, 2 maybe a forbidden U+FFFE/F.
    private static let actions: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 { table[b] = 1 }
        for c in "&<>\"".utf8 { table[Int(c)] = 1 }
        table[0xEF] = 2
        return table
    }()

    static func append(_ string: String, to out: inout [UInt8], quotes: Bool) {
        var string = string
        string.makeContiguousUTF8()
        string.utf8.withContiguousStorageIfAvailable { append($0, to: &out, quotes: quotes) }
    }

    static func append(_ input: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], quotes: Bool) {
        let actions = Self.actions
        let count = input.count
        var runStart = 0
        var i = 0
        while i < count {
            let b = input[i]
            let action = actions[Int(b)]
            if action == 0 { i += 1; continue }
            if action == 2 {
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF; every other EF sequence is text.
                if i + 2 < count, input[i + 1] == 0xBF, input[i + 2] == 0xBE || input[i + 2] == 0xBF {
                    flush(input, from: runStart, to: i, into: &out)
                    i += 3
                    runStart = i
                } else {
                    i += 1
                }
                continue
            }
            flush(input, from: runStart, to: i, into: &out)
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: amp)
            case UInt8(ascii: "<"): out.append(contentsOf: lt)
            case UInt8(ascii: ">"): out.append(contentsOf: gt)
            case UInt8(ascii: "\""):
                if quotes { out.append(contentsOf: quot) } else { out.append(b) }
            case 0x0A:
                // Attribute-value normalisation would turn a newline into a space.
                if quotes { out.append(contentsOf: newline) } else { out.append(b) }
            case 0x09:
                if quotes { out.append(contentsOf: tab) } else { out.append(b) }
            case 0x0D:
                // A literal CR would be folded into the next newline by any XML parser.
                out.append(contentsOf: carriageReturn)
            default:
                break // a forbidden control character: dropped
            }
            i += 1
            runStart = i
        }
        flush(input, from: runStart, to: count, into: &out)
    }

    @inline(__always)
    private static func flush(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout [UInt8]) {
        if end > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end])) }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let newline = Array("&#10;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
}
