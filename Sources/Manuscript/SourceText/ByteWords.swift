/// Eight bytes at a time, for the passes over a whole manuscript that look for rare bytes
/// (non-ASCII, control characters) in text that is mostly plain ASCII.
enum ByteWords {
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` (`i + 8 <= b.count`), the first in the lowest bits.
    @inline(__always)
    static func word(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// 0x80 in each byte of `w` that is `byte`, 0 in the others. Exact: the sum that finds a
    /// non-zero byte cannot carry into the next one.
    @inline(__always)
    static func matches(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = w ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & low) &+ low) | x | low)
    }

    /// Whether all eight bytes at `i` are ASCII.
    @inline(__always)
    static func allASCII(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        word(b, at: i) & high == 0
    }

    /// Whether all eight bytes at `i` are printable ASCII or space (0x20–0x7F): no control
    /// character, line end or tab, nothing beyond ASCII. A byte below 0x20 borrows in the
    /// subtraction and leaves its high bit set where the byte's own high bit is clear.
    @inline(__always)
    static func allPrintableASCII(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let w = word(b, at: i)
        let below = (w &- 0x2020_2020_2020_2020) & ~w & high
        return (w & high) | below == 0
    }
}
