/// Eight bytes at a time, for the passes over a whole manuscript that look for rare bytes
/// (non-ASCII, control characters) in text that is mostly plain ASCII.
enum ByteWords {
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` (`i + 8 <= b.count`).
    @inline(__always)
    static func word(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
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
