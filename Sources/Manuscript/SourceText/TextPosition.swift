/// Line and column of a byte offset, for diagnostics that point into a file.
enum TextPosition {
    /// 1-based line and column (in characters, counting a CRLF or a lone CR as one line end).
    /// Linear in the offset; used on error paths only.
    static func of(offset: Int, in bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var i = bytes.startIndex
        let end = min(bytes.startIndex + offset, bytes.endIndex)
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.endIndex || bytes[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 && b != 0x0D {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
