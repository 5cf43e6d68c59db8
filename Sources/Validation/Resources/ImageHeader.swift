import Foundation
import OCF

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
            return ImageHeaderBytes.jpegHasFrameHeader(b)
        case .gif:
            return b.count >= 13   // header and logical screen descriptor
        case .webp:
            return ImageHeaderBytes.webpNamesImage(b)
        default:
            return true
        }
    }
}
