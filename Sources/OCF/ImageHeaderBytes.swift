/// The header checks a reading system's image decoder makes first, shared by the build (an
/// author's damaged image is named before it is packed) and the checker (EPUBCheck's image
/// reader): one implementation of each.
public enum ImageHeaderBytes {
    /// Whether a JPEG's marker segments reach a start-of-frame (which holds the size) before the
    /// image data. `b` is the file's first bytes (at most 64 KiB are needed).
    public static func jpegHasFrameHeader(_ b: [UInt8]) -> Bool {
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return false }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }   // fill byte
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return i + 9 <= b.count
            }
            if marker == 0xD9 || marker == 0xDA { return false }   // end or scan data before any frame
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2 else { return false }
            i += 2 + length
        }
        // Headers longer than the first 64 KiB (large EXIF or ICC blocks): assume readable.
        return b.count == 65_536
    }

    /// Whether a WebP's RIFF header names a VP8 image.
    public static func webpNamesImage(_ b: [UInt8]) -> Bool {
        guard b.count >= 30 else { return false }
        let chunk = String(decoding: b[12..<16], as: UTF8.self)
        return chunk == "VP8 " || chunk == "VP8L" || chunk == "VP8X"
    }
}
