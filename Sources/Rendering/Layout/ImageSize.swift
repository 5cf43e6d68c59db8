import Foundation

/// Pixel dimensions read from an image's header, for the cover page's SVG `viewBox`.
///
/// Only the formats covers come in (PNG, JPEG, GIF, WebP); reads never go past the data, and
/// anything malformed gives nil (the cover page then falls back to a plain `<img>`).
enum ImageSize {
    static func of(_ data: Data) -> (width: Int, height: Int)? {
        let b = [UInt8](data.prefix(64 * 1024))
        func be16(_ i: Int) -> Int? { i + 1 < b.count ? Int(b[i]) << 8 | Int(b[i + 1]) : nil }
        func be32(_ i: Int) -> Int? {
            guard let hi = be16(i), let lo = be16(i + 2) else { return nil }
            return hi << 16 | lo
        }
        func le16(_ i: Int) -> Int? { i + 1 < b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : nil }
        func valid(_ w: Int?, _ h: Int?) -> (Int, Int)? {
            guard let w, let h, w > 0, h > 0, w < 1 << 20, h < 1 << 20 else { return nil }
            return (w, h)
        }

        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return valid(be32(16), be32(20))
        }
        if b.starts(with: Array("GIF8".utf8)) {
            return valid(le16(6), le16(8))
        }
        if b.starts(with: Array("RIFF".utf8)), b.count > 30, Array(b[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8X":
                guard b.count >= 30 else { return nil }
                let w = 1 + (Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16)
                let h = 1 + (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16)
                return valid(w, h)
            case "VP8 ":
                return valid(le16(26).map { $0 & 0x3FFF }, le16(28).map { $0 & 0x3FFF })
            case "VP8L":
                guard b.count >= 25 else { return nil }
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                return valid((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            default:
                return nil
            }
        }
        if b.starts(with: [0xFF, 0xD8]) {
            // Walk the JPEG segments to the first start-of-frame marker.
            var i = 2
            while i + 9 < b.count {
                guard b[i] == 0xFF else { return nil }
                let marker = b[i + 1]
                if marker == 0xFF { i += 1; continue }
                if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
                guard let length = be16(i + 2), length >= 2 else { return nil }
                let isFrame = (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
                if isFrame { return valid(be16(i + 7), be16(i + 5)) }
                i += 2 + length
            }
        }
        return nil
    }
}
