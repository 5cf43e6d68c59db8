import Foundation

/// `<?xml-stylesheet href="…"?>` processing instructions in a document's prolog: the parsed
/// tree drops processing instructions, so the prolog bytes are read for them directly.
enum StylesheetInstructions {
    static func references(in data: Data, path: String) -> [Reference] {
        let prolog = data.prefix(8192)
        // Few documents have one: a byte scan rules them out before any text is decoded.
        guard contains(marker, in: prolog) else { return [] }
        let head = String(decoding: prolog, as: UTF8.self)
        var result: [Reference] = []
        var rest = head[...]
        while let start = rest.range(of: "<?xml-stylesheet") {
            guard let end = rest[start.upperBound...].range(of: "?>") else { break }
            let body = rest[start.upperBound..<end.lowerBound]
            if let href = attribute("href", in: body) {
                let line = head[..<start.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                result.append(Reference(kind: .stylesheet, url: ContainerURL(href, relativeTo: path), source: path, line: line,
                                        element: "xml-stylesheet"))
            }
            rest = rest[end.upperBound...]
        }
        return result
    }

    private static let marker = Array("<?xml-stylesheet".utf8)

    private static func contains(_ needle: [UInt8], in data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let first = needle.first, raw.count >= needle.count else { return false }
            for start in 0...(raw.count - needle.count) where raw[start] == first {
                if needle.indices.allSatisfy({ raw[start + $0] == needle[$0] }) { return true }
            }
            return false
        }
    }

    private static func attribute(_ name: String, in text: Substring) -> String? {
        guard let r = text.range(of: name + "=") else { return nil }
        let after = text[r.upperBound...]
        guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
        return String(after.dropFirst().prefix { $0 != quote })
    }
}
