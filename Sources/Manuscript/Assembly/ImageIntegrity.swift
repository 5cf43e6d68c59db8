import Diagnostics
import Foundation
import OCF
import XMLSupport

/// Whether an author's image can be shown, judged before the book is rendered: a raster image
/// whose header gives no size, or an SVG that is not well-formed XML, would otherwise fail the
/// check of the finished EPUB (PKG-021, RSC-016) and be reported as a bug in Imprint's output
/// rather than as the author's damaged file. The raster rules are those of the checker's
/// `ImageRule`/`ImageHeader` (EPUBCheck's image reader).
enum ImageIntegrity {
    /// What is wrong with the image, in words; nil when it is readable.
    static func problem(_ data: Data, mediaType: String, name: String) -> String? {
        let b = [UInt8](data.prefix(65_536))
        switch mediaType {
        case "image/png":
            // The IHDR chunk comes first and is 13 bytes long.
            guard b.count >= 33 else { return "a PNG of \(data.count) bytes is too short to hold its header" }
            let length = Int(b[8]) << 24 | Int(b[9]) << 16 | Int(b[10]) << 8 | Int(b[11])
            return length == 13 && Array(b[12..<16]) == Array("IHDR".utf8) ? nil : "its PNG header (IHDR) is missing or damaged"
        case "image/jpeg":
            return ImageHeaderBytes.jpegHasFrameHeader(b) ? nil : "its JPEG header holds no frame (size) before the image data"
        case "image/gif":
            return b.count >= 13 ? nil : "a GIF of \(data.count) bytes is too short to hold its header"
        case "image/webp":
            guard b.count >= 30 else { return "a WebP of \(data.count) bytes is too short to hold its header" }
            return ImageHeaderBytes.webpNamesImage(b) ? nil : "its WebP header names no VP8 image"
        case "image/svg+xml":
            var scratch = DiagnosticSink()
            guard XMLParser.parse(data, location: SourceLocation(file: name), sink: &scratch) == nil else { return nil }
            let first = scratch.diagnostics.first
            return "its SVG markup is not well-formed XML"
                + (first.map { ($0.location?.line.map { " (line \($0): " } ?? " (") + $0.message + ")" } ?? "")
        default:
            return nil
        }
    }
}
