import Foundation

/// Reads a document's encoding and XML declaration from its first bytes, before and
/// independently of libxml2, which normalises both away.
///
/// The byte-order mark or the pattern of `<?xml` in the first four bytes gives the encoding
/// family (XML 1.0 appendix F); the declaration, read as ASCII in that family, gives the
/// declared `version` and `encoding`.
struct XMLDeclarationSniffer {
    var encoding: XMLEncoding
    var declaredEncoding: String?
    var version: String?

    init(_ bytes: UnsafeRawBufferPointer) {
        let b = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        var family: XMLEncoding = .utf8
        var skip = 0
        var stride = 1
        var offset = 0  // which byte of each unit holds the ASCII character
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00):
            family = .utf32
        case (0xFE, 0xFF, _, _): family = .utf16BigEndian; skip = 2; stride = 2; offset = 1
        case (0xFF, 0xFE, _, _): family = .utf16LittleEndian; skip = 2; stride = 2
        case (0x00, 0x3C, 0x00, 0x3F): family = .utf16BigEndian; stride = 2; offset = 1
        case (0x3C, 0x00, 0x3F, 0x00): family = .utf16LittleEndian; stride = 2
        case (0xEF, 0xBB, 0xBF, _): skip = 3
        default: break
        }
        var ascii: [UInt8] = []
        var at = skip + offset
        while at < bytes.count, ascii.count < 512, family != .utf32 {
            let c = bytes[at]
            if c == UInt8(ascii: ">") { ascii.append(c); break }
            ascii.append(c)
            at += stride
        }
        let text = String(decoding: ascii, as: UTF8.self)
        var declaration: Substring?
        if text.hasPrefix("<?xml"), let after = text.dropFirst(5).first, after == " " || after == "\t" || after == "\r" || after == "\n" {
            declaration = text.dropFirst(5)
        }
        version = declaration.flatMap { Self.pseudoAttribute("version", in: $0) }
        declaredEncoding = declaration.flatMap { Self.pseudoAttribute("encoding", in: $0) }
        encoding = family
        if family == .utf8, let declared = declaredEncoding?.uppercased(), declared != "UTF-8", declared != "UTF8" {
            encoding = .other(declared)
        }
    }

    /// The value of `name="…"` or `name='…'` inside the declaration.
    private static func pseudoAttribute(_ name: String, in declaration: Substring) -> String? {
        var rest = declaration
        while let range = rest.range(of: name) {
            var after = rest[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            guard after.first == "=" else { rest = rest[range.upperBound...]; continue }
            after = after.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
            let value = after.dropFirst().prefix { $0 != quote }
            return String(value)
        }
        return nil
    }
}
