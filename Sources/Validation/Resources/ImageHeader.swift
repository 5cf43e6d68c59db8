import Foundation

/// Whether a raster image's header can be read (width, height, format) — what a reading
/// system needs before it can show the image, and what EPUBCheck's image reader checks.
enum ImageHeader {
    static func isReadable(_ data: Data, as format: MediaType.Sniffed) -> Bool {
        let b = [UInt8](data.prefix(65_536))
        switch format {
        case .png:
            // The IHDR chunk comes first and is 13 bytes long.
            guard b.count >= 33 else { return false }
            let length = Int(b[8]) << 24 | Int(b[9]) << 16 | Int(b[10]) << 8 | Int(b[11])
            return length == 13 && Array(b[12..<16]) == Array("IHDR".utf8)
        case .jpeg:
            return jpegHasFrameHeader(b)
        case .gif:
            return b.count >= 13   // header and logical screen descriptor
        case .webp:
            guard b.count >= 30 else { return false }
            let chunk = String(decoding: b[12..<16], as: UTF8.self)
            return chunk == "VP8 " || chunk == "VP8L" || chunk == "VP8X"
        default:
            return true
        }
    }

    /// Walks the JPEG marker segments until a start-of-frame (which holds the size).
    private static func jpegHasFrameHeader(_ b: [UInt8]) -> Bool {
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
}
