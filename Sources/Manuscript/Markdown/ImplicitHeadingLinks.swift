import BookModel

/// pandoc's implicit heading references: `[Heading text]`, `[Heading text][]` and
/// `[other words][Heading text]` link to the heading with that text (the first, when two have
/// it), where CommonMark, finding no link definition, prints the brackets.
enum ImplicitHeadingLinks {
    /// The headings of a manuscript: their text, normalised, and the id a link uses (the one
    /// the author gave with `{#id}`, else the heading's own slug).
    static func targets(_ text: String) -> [String: String] {
        guard text.contains("#") || text.contains("\n=") || text.contains("\n-") else { return [:] }
        var targets: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var codeFence: Character?
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let f = trimmed.first, f == "`" || f == "~", trimmed.prefix(while: { $0 == f }).count >= 3 {
                codeFence = codeFence == nil ? f : (codeFence == f ? nil : codeFence)
                continue
            }
            guard codeFence == nil, line.count - trimmed.count < 4 else { continue }
            var heading: Substring?
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }.count
                let rest = trimmed.dropFirst(hashes)
                guard hashes <= 6, rest.first == " " else { continue }
                var body = rest.drop { $0 == " " }
                while body.last == " " { body.removeLast() }
                while body.last == "#" { body.removeLast() }
                heading = body
            } else if index + 1 < lines.count, index == 0 || lines[index - 1].allSatisfy({ $0 == " " }),
                      !trimmed.isEmpty, let next = lines[index + 1].first, next == "=" || next == "-",
                      lines[index + 1].allSatisfy({ $0 == next || $0 == " " }), lines[index + 1].filter({ $0 == next }).count >= 2 {
                heading = trimmed
            }
            guard var body = heading else { continue }
            var id: String?
            while body.last == " " { body.removeLast() }
            if body.last == "}", let open = body.lastIndex(of: "{"),
               let attributes = HeadingAttributes.parse(body[body.index(after: open)..<body.index(before: body.endIndex)]) {
                id = attributes.id
                body = body[..<open]
            }
            let key = normalized(String(body))
            guard !key.isEmpty, targets[key] == nil, let target = id ?? Slug.make(key) else { continue }
            targets[key] = target
        }
        return targets
    }

    /// Heading text as links name it: markup characters dropped, spaces collapsed, lower case.
    static func normalized(_ text: String) -> String {
        text.filter { $0 != "*" && $0 != "_" && $0 != "`" }
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ").lowercased()
    }

    /// `inlines` with bracketed heading names made links.
    static func apply(_ inlines: [Inline], targets: [String: String]) -> [Inline] {
        guard !targets.isEmpty else { return inlines }
        return inlines.flatMap { inline -> [Inline] in
            guard case .text(let text) = inline, text.contains("[") else { return [inline] }
            return links(in: text, targets: targets)
        }
    }

    private static func links(in text: String, targets: [String: String]) -> [Inline] {
        var out: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            plain += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { plain += after.isEmpty ? "[" : "["; rest = after; continue }
            let words = after[..<close]
            var tail = after[after.index(after: close)...]
            var key = normalized(String(words))
            // `[words][]` or `[words][Heading]`.
            if tail.hasPrefix("["), let second = tail.dropFirst().firstIndex(of: "]") {
                let label = tail[tail.index(after: tail.startIndex)..<second]
                if !label.isEmpty { key = normalized(String(label)) }
                if targets[key] != nil { tail = tail[tail.index(after: second)...] }
            }
            if !words.contains("["), let target = targets[key] {
                if !plain.isEmpty { out.append(.text(plain)); plain = "" }
                out.append(.link(href: "#" + target, title: nil, content: [.text(String(words))]))
                rest = tail
            } else {
                plain += "["
                rest = after
            }
        }
        plain += rest
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }
}
