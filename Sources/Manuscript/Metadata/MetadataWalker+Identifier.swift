import BookModel
import Diagnostics
import Foundation
import Yams

/// `identifier`: text, `{text, scheme}`, or a list of them (the first is the book's unique
/// identifier). ISBNs — by scheme, by an `isbn:` prefix, or 13 digits starting 978/979 — have
/// their check digit verified.
extension MetadataWalker {
    static let schemes = ["ISBN-10", "GTIN-13", "UPC", "ISMN-10", "DOI", "LCCN", "GTIN-14", "ISBN-13",
                          "Legal deposit number", "URN", "OCLC", "ISMN-13", "ISBN-A", "JP", "OLCC", "UUID", "ISBN", "URI"]

    mutating func readIdentifier(_ node: Node) {
        var found: [Identifier] = []
        switch node {
        case .scalar, .mapping:
            if let id = identifier(node) { found.append(id) }
        case .sequence(let items):
            for item in items where !isUnset(item) {
                if let id = identifier(item) { found.append(id) }
            }
        }
        guard let first = found.first else { return }
        // The first identifies the book (the package's unique-identifier); the others (the
        // print edition's ISBN, a DOI) are written beside it, each with its scheme.
        document.fields.identifier = first
        var seen: Set<String> = [first.value]
        document.fields.moreIdentifiers = found.dropFirst().filter { seen.insert($0.value).inserted }
    }

    private mutating func identifier(_ node: Node) -> Identifier? {
        var value: String?
        var scheme: String?
        var valueNode = node
        switch node {
        case .scalar:
            value = text(node, "identifier")
        case .mapping(let m):
            for (k, v) in m {
                switch k.string?.lowercased() ?? "" {
                case "text", "value": value = text(v, "identifier.text"); valueNode = v
                case "scheme":
                    guard let s = text(v, "identifier.scheme") else { continue }
                    if let known = Self.schemes.first(where: { $0.caseInsensitiveCompare(s) == .orderedSame }) {
                        scheme = known
                    } else {
                        invalid(v, "unknown identifier scheme '\(s)'",
                                suggestion: "Use one of " + Self.schemes.joined(separator: ", ") + ".")
                    }
                default:
                    sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in 'identifier'"], at: location(k),
                              suggestion: "An identifier entry has 'text' and 'scheme'.")
                }
            }
        case .sequence:
            invalid(node, "an 'identifier' entry must be text or a mapping with 'text' and 'scheme'")
        }
        guard let value else { return nil }
        let isISBNScheme = scheme.map { $0.uppercased().hasPrefix("ISBN") && $0 != "ISBN-A" } ?? false
        if isISBNScheme || (scheme == nil && ISBN.looksLikeISBN(value)) {
            switch ISBN.parse(value) {
            case .success(let isbn):
                return Identifier(value: isbn.urn, scheme: isbn.scheme)
            case .failure(.checkDigit(let expected)):
                sink.emit(.metadataBadISBN, ["\(value)", "\(expected)"],
                          at: location(valueNode),
                          suggestion: "Copy the ISBN again from your ISBN agency's record; a typo in any digit changes the check digit.")
                return nil
            case .failure(.malformed):
                sink.emit(.metadataInvalidValue, ["'\(value)' is not an ISBN: it needs 10 or 13 digits"],
                          at: location(valueNode), suggestion: "Write the ISBN with its digits and hyphens only.")
                return nil
            }
        }
        // A `urn:uuid:` that is no UUID would be written as given and fail the book's own
        // check (OPF-085), as an Imprint bug; it is the author's value, so it is named here.
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.lowercased().hasPrefix("urn:uuid:"), !Self.isUUID(trimmed.dropFirst(9)) {
            invalid(valueNode, "'\(value)' starts with urn:uuid: but what follows is not a UUID",
                    suggestion: "Write the UUID as 32 hexadecimal digits in groups of 8-4-4-4-12, or drop the identifier to have one made from the title.")
            return nil
        }
        if scheme == nil, UUID(uuidString: value) != nil {
            return Identifier(value: "urn:uuid:" + value.lowercased(), scheme: "UUID")
        }
        return Identifier(value: value, scheme: scheme)
    }

    /// 8-4-4-4-12 hexadecimal digits (ASCII), the shape the checker's OPF-085 asks for.
    static func isUUID(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.utf8.count) == [8, 4, 4, 4, 12] else { return false }
        return parts.allSatisfy { $0.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) } }
    }
}
