import Foundation
import XMLSupport

/// Media types the EPUB specifications name, and what a file's first bytes say it is.
///
/// Core media types need no fallback; everything else is a foreign resource that needs one
/// wherever it is used (EPUB 3.3 §3.2).
enum MediaType {
    static let xhtml = "application/xhtml+xml"
    static let svg = "image/svg+xml"
    static let ncx = "application/x-dtbncx+xml"
    static let css = "text/css"
    static let smil = "application/smil+xml"
    static let opf = "application/oebps-package+xml"
    static let pageMap = "application/oebps-page-map+xml"
    static let searchKeyMap = "application/vnd.epub.search-key-map+xml"

    /// The type without parameters, lower-cased (`audio/ogg; codecs=opus` → `audio/ogg`).
    static func essence(_ type: String) -> String {
        // Rules ask this of every manifest item again and again; most types are their own
        // essence already (ASCII, lower case, no parameter, no blank), so spare them Foundation.
        if type.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t")
            && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            return type
        }
        let base = type.split(separator: ";", maxSplits: 1).first.map(String.init) ?? type
        return base.trimmingWhitespace().lowercased()
    }

    static let coreImages: Set<String> = ["image/gif", "image/jpeg", "image/png", "image/svg+xml", "image/webp"]
    static let coreAudio: Set<String> = ["audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", "audio/aac"]
    static let coreFonts: Set<String> = [
        "font/ttf", "application/font-sfnt", "font/otf", "application/vnd.ms-opentype",
        "font/woff", "application/font-woff", "font/woff2",
    ]
    static let scripts: Set<String> = ["application/javascript", "application/ecmascript", "text/javascript",
                                       "application/x-javascript", "text/ecmascript"]
    static let coreOther: Set<String> = [xhtml, css, ncx, smil, "application/pls+xml", searchKeyMap]

    /// Whether `type` is an EPUB 3 core media type (no fallback needed).
    static func isCore(_ type: String) -> Bool {
        let e = essence(type)
        if e == "audio/ogg" { return true }   // Opus in Ogg; the codecs parameter is advisory
        return coreImages.contains(e) || coreAudio.contains(e) || coreFonts.contains(e)
            || scripts.contains(e) || coreOther.contains(e)
    }

    /// Whether EPUBCheck 5.3 takes `type`, exactly as the manifest writes it, for a core media
    /// type when it asks for a fallback (RSC-032): a parameter makes any type foreign, except
    /// Opus in Ogg; every video type counts as core; `audio/ogg` and `audio/opus` alone do not.
    static func isCoreForFallback(_ type: String) -> Bool {
        if type.hasPrefix("video/") { return true }
        if type.hasPrefix("audio/ogg"), type.dropFirst(9).first == ";" || type.dropFirst(9).first == " " || type.dropFirst(9).first == "\t" {
            let rest = type.dropFirst(9).filter { $0 != " " && $0 != "\t" }
            return rest == ";codecs=opus"
        }
        return exactCore.contains(type)
    }

    private static let exactCore: Set<String> = [
        "audio/mpeg", "audio/mp4",
        "font/otf", "font/ttf", "font/woff", "font/woff2", "application/font-sfnt", "application/font-woff",
        "application/vnd.ms-opentype", "application/x-font-ttf",
        xhtml, svg, "image/gif", "image/png", "image/jpeg", "image/webp",
        "text/javascript", "application/javascript", "application/ecmascript", css,
        "application/pls+xml", smil,
    ]

    /// A media type without its parameters, as a `type` attribute is compared with the manifest.
    static func withoutParameters(_ type: String) -> String {
        (type.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? type)
            .trimmingWhitespace()
    }

    static func isFont(_ type: String) -> Bool {
        let e = essence(type)
        return coreFonts.contains(e) || e.hasPrefix("font/") || e == "application/x-font-ttf"
            || e == "application/x-font-otf" || e == "application/x-font-truetype" || e == "application/x-font-opentype"
    }

    static func isImage(_ type: String) -> Bool { essence(type).hasPrefix("image/") }
    static func isAudio(_ type: String) -> Bool { essence(type).hasPrefix("audio/") }
    static func isVideo(_ type: String) -> Bool { essence(type).hasPrefix("video/") }

    /// An EPUB 3 content document type (what a spine item or hyperlink target may be).
    static func isContentDocument(_ type: String, epub2: Bool) -> Bool {
        let e = essence(type)
        if epub2 { return e == xhtml || e == "application/x-dtbook+xml" || e == "text/x-oeb1-document" || e == "text/html" }
        return e == xhtml || e == svg
    }

    /// What the bytes are, when a signature says so (for OPF-029 and image checks).
    enum Sniffed: String { case png, jpeg, gif, webp, svg, woff, woff2, otf, ttf, mp3, mp4 }

    static func sniff(_ data: Data) -> Sniffed? {
        let b = [UInt8](data.prefix(64))
        func starts(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + sig.count && Array(b[offset..<offset + sig.count]) == sig
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("wOFF".utf8)) { return .woff }
        if starts(Array("wOF2".utf8)) { return .woff2 }
        if starts(Array("OTTO".utf8)) { return .otf }
        if starts([0x00, 0x01, 0x00, 0x00]) || starts(Array("true".utf8)) { return .ttf }
        if starts(Array("ID3".utf8)) || (b.count > 1 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0) { return .mp3 }
        if starts(Array("ftyp".utf8), at: 4) { return .mp4 }
        return nil
    }

    /// The media type a sniffed image signature stands for.
    static func imageType(of sniffed: Sniffed) -> String? {
        switch sniffed {
        case .png: return "image/png"
        case .jpeg: return "image/jpeg"
        case .gif: return "image/gif"
        case .webp: return "image/webp"
        case .svg: return svg
        default: return nil
        }
    }

    /// The usual file extensions of a raster image type (for PKG-022).
    static func extensions(ofImage type: String) -> [String] {
        switch essence(type) {
        case "image/png": return ["png"]
        case "image/jpeg": return ["jpg", "jpeg", "jpe", "jif", "jfif", "jfi"]
        case "image/gif": return ["gif"]
        case "image/webp": return ["webp"]
        default: return []
        }
    }
}
