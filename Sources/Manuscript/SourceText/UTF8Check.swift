/// One pass over bytes that says whether they are valid UTF-8, and how much of them looks like it.
///
/// The counts tell damaged UTF-8 (many good multi-byte sequences, a few bad bytes) from a
/// legacy encoding (almost no good multi-byte sequences), which must be handled differently.
struct UTF8Check {
    /// Offset (from the slice's start) of the first byte that is not valid UTF-8.
    var firstInvalid: Int?
    var invalidSequences = 0
    var multiByteSequences = 0

    static func scan(_ bytes: ArraySlice<UInt8>) -> UTF8Check {
        bytes.withUnsafeBufferPointer { b in
            var result = UTF8Check()
            var i = 0
            let end = b.count
            while i < end {
                if i + 8 <= end && ByteWords.allASCII(b, at: i) { i += 8; continue }
                if b[i] < 0x80 { i += 1; continue }
                let length = sequenceLength(b, at: i)
                if length > 0 {
                    result.multiByteSequences += 1
                    i += length
                } else {
                    if result.firstInvalid == nil { result.firstInvalid = i }
                    result.invalidSequences += 1
                    i += 1
                }
            }
            return result
        }
    }

    /// Length of the valid sequence starting at `i`, or 0 (overlong forms, surrogates and values
    /// past U+10FFFF are invalid, as the Unicode standard says).
    private static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = s[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < s.count && s[i + k] >= lo && s[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
