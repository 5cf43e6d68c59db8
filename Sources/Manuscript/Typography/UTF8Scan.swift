/// Reading single scalars out of UTF-8 bytes around a position, for rules that look one
/// character back or ahead (quotes, emphasis markers) while the text stays in bytes.
enum UTF8Scan {
    /// The scalar starting at `j`, or nil past the end or on a stray continuation byte.
    static func decode<C: RandomAccessCollection>(at j: Int, in b: C) -> Unicode.Scalar?
    where C.Element == UInt8, C.Index == Int {
        guard j >= b.startIndex && j < b.endIndex else { return nil }
        let lead = b[j]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, j + length <= b.endIndex else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(b[j + k]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Start of the scalar that ends just before `end`.
    static func start<C: RandomAccessCollection>(before end: Int, in b: C) -> Int
    where C.Element == UInt8, C.Index == Int {
        var j = end - 1
        while j > b.startIndex && end - j < 4 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// The last scalar of `b`, looking through trailing emphasis markers (`_`, `*`).
    static func lastScalar(of b: [UInt8]) -> Unicode.Scalar? {
        var end = b.count
        while end > 0 && (b[end - 1] == 0x5F || b[end - 1] == 0x2A) && b.count - end < 8 { end -= 1 }
        guard end > 0 else { return nil }
        return decode(at: start(before: end, in: b), in: b)
    }

    /// The scalar after position `i`, looking through emphasis markers; nil at the end.
    static func scalar<C: RandomAccessCollection>(after i: Int, in b: C) -> Unicode.Scalar?
    where C.Element == UInt8, C.Index == Int {
        var j = i + 1
        while j < b.endIndex && (b[j] == 0x5F || b[j] == 0x2A) && j - i < 8 { j += 1 }
        return decode(at: j, in: b)
    }
}
