import Foundation

/// Media types from a file's first bytes, never from its name: a `.jpg` that is really a PNG must
/// be declared `image/png` or reading systems refuse it.
public enum MediaTypeSniffer {
    /// What a file is used for, which decides the types it may have.
    public enum Use: Sendable {
        case image, font, stylesheet
    }

    /// The media type of `data`, or nil when it is none of the EPUB core media types we carry
    /// (PNG, JPEG, GIF, WebP, SVG; TrueType, OpenType, WOFF, WOFF2; CSS as UTF-8 text).
    public static func sniff(_ data: Data, for use: Use) -> String? {
        let b = [UInt8](data.prefix(16))
        func starts(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + sig.count && Array(b[offset..<offset + sig.count]) == sig
        }
        switch use {
        case .image:
            if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
            if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
            if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "image/gif" }
            if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return "image/webp" }
            if isSVG(data) { return "image/svg+xml" }
            return nil
        case .font:
            if starts([0x00, 0x01, 0x00, 0x00]) || starts(Array("true".utf8)) { return "font/ttf" }
            if starts(Array("OTTO".utf8)) { return "font/otf" }
            if starts(Array("wOFF".utf8)) { return "font/woff" }
            if starts(Array("wOF2".utf8)) { return "font/woff2" }
            return nil
        case .stylesheet:
            guard !data.contains(0), String(data: data, encoding: .utf8) != nil else { return nil }
            return "text/css"
        }
    }

    /// The file extension for a media type, used to name the copy in the book.
    public static func fileExtension(for mediaType: String) -> String {
        switch mediaType {
        case "image/png": return "png"
        case "image/jpeg": return "jpg"
        case "image/gif": return "gif"
        case "image/webp": return "webp"
        case "image/svg+xml": return "svg"
        case "font/ttf": return "ttf"
        case "font/otf": return "otf"
        case "font/woff": return "woff"
        case "font/woff2": return "woff2"
        case "text/css": return "css"
        default: return "bin"
        }
    }

    /// The type a file name suggests, to tell the author when name and bytes disagree.
    static func typeSuggested(byExtension ext: String) -> String? {
        switch ext.lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg", "jpe": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "svg": return "image/svg+xml"
        case "ttf": return "font/ttf"
        case "otf": return "font/otf"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "css": return "text/css"
        default: return nil
        }
    }

    /// SVG is XML whose root element is `svg`: skip a BOM, the XML declaration, comments and a
    /// doctype, then look at the first element name. Only the first 4 KB are examined.
    static func isSVG(_ data: Data) -> Bool {
        // A cut through a multi-byte character makes the prefix invalid: back off up to 3 bytes.
        guard let head = (0...3).lazy.compactMap({ String(data: data.prefix(4096 - $0), encoding: .utf8) }).first
        else { return false }
        var s = Substring(head)
        if s.first == "\u{FEFF}" { s = s.dropFirst() }
        while true {
            s = s.drop { $0.isWhitespace }
            if s.hasPrefix("<?") {
                guard let end = s.range(of: "?>") else { return false }
                s = s[end.upperBound...]
            } else if s.hasPrefix("<!--") {
                guard let end = s.range(of: "-->") else { return false }
                s = s[end.upperBound...]
            } else if s.hasPrefix("<!") {
                guard let end = s.firstIndex(of: ">") else { return false }
                s = s[s.index(after: end)...]
            } else {
                break
            }
        }
        guard s.hasPrefix("<") else { return false }
        let name = s.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name == "svg" || name.hasSuffix(":svg")
    }
}
