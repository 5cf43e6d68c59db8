import Foundation

/// The identifier a book gets when its metadata names none: a UUID derived from its title and
/// authors, so that rebuilding the same book keeps the same identity in readers' libraries.
public enum BookIdentifier {
    /// The namespace of Imprint's name-based book UUIDs (itself the version 5 UUID of the URL
    /// `https://imprint.invalid/book` in the RFC 4122 URL namespace); fixed forever, since
    /// changing it would give every existing book a new identity.
    static let namespace: [UInt8] = uuidV5(namespace: urlNamespace, name: Array("https://imprint.invalid/book".utf8))

    /// RFC 4122 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    static let urlNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1,
                                        0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// `urn:uuid:…`, an RFC 4122 version 5 UUID of the title and authors.
    ///
    /// The name hashed is the title, then each author, each trimmed, in Unicode NFC and joined
    /// by line feeds: the same book typed on another machine gets the same identifier.
    public static func uuidV5(title: String, authors: [String]) -> String {
        let parts = [title] + authors
        let name = parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping }
            .joined(separator: "\n")
        return "urn:uuid:" + format(uuidV5(namespace: namespace, name: Array(name.utf8)))
    }

    /// The 16 bytes of the version 5 UUID of `name` in `namespace` (RFC 4122 §4.3).
    static func uuidV5(namespace: [UInt8], name: [UInt8]) -> [UInt8] {
        var bytes = Array(SHA1.hash(namespace + name).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50   // version 5
        bytes[8] = (bytes[8] & 0x3F) | 0x80   // RFC 4122 variant
        return bytes
    }

    /// Lower-case hex in the 8-4-4-4-12 grouping.
    static func format(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
