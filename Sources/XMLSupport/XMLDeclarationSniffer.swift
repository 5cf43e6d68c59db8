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
        // The declaration's bytes after `<?xml` and the white space that must follow it.
        let prefix = Array("<?xml".utf8)
        var declaration: ArraySlice<UInt8>?
        if ascii.count > prefix.count, ascii.starts(with: prefix), Self.isSpace(ascii[prefix.count]) {
            declaration = ascii[prefix.count...]
        }
        version = declaration.flatMap { Self.pseudoAttribute(Array("version".utf8), in: $0) }
        declaredEncoding = declaration.flatMap { Self.pseudoAttribute(Array("encoding".utf8), in: $0) }
        encoding = family
        if family == .utf8, let declared = declaredEncoding?.uppercased(), declared != "UTF-8", declared != "UTF8" {
            encoding = .other(declared)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    /// The value of `name="…"` or `name='…'` inside the declaration: the first occurrence of
    /// `name` followed by `=` (white space around it allowed), as bytes. The bytes of a
    /// declaration are ASCII wherever it is well-formed; anything else decodes with U+FFFD.
    private static func pseudoAttribute(_ name: [UInt8], in declaration: ArraySlice<UInt8>) -> String? {
        var at = declaration.startIndex
        while let found = firstOccurrence(of: name, in: declaration[at...]) {
            var after = found + name.count
            while after < declaration.endIndex, isSpace(declaration[after]) { after += 1 }
            guard after < declaration.endIndex, declaration[after] == UInt8(ascii: "=") else { at = found + name.count; continue }
            after += 1
            while after < declaration.endIndex, isSpace(declaration[after]) { after += 1 }
            guard after < declaration.endIndex else { return nil }
            let quote = declaration[after]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let value = declaration[(after + 1)...].prefix { $0 != quote }
            return String(decoding: value, as: UTF8.self)
        }
        return nil
    }

    private static func firstOccurrence(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var at = haystack.startIndex
        while at <= haystack.endIndex - needle.count {
            if haystack[at] == first, haystack[at..<(at + needle.count)].elementsEqual(needle) { return at }
            at += 1
        }
        return nil
    }
}
