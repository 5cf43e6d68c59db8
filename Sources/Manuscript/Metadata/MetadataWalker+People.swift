import BookModel
import Diagnostics
import Yams

/// `title` (text, or pandoc's list of `{type, text}`), `author`/`creator`/`contributor` (text,
/// list of texts, or list of `{text|name, role, file-as}`).
extension MetadataWalker {
    mutating func readTitle(_ node: Node) {
        switch node {
        case .scalar:
            document.fields.title = text(node, "title")
        case .mapping:
            readTitleEntry(node)
        case .sequence(let items):
            for item in items where !isUnset(item) {
                if case .scalar = item {
                    // A list of plain titles: the first is the title, a second the subtitle.
                    guard let t = text(item, "title") else { continue }
                    if document.fields.title == nil { document.fields.title = t }
                    else if document.fields.subtitle == nil { document.fields.subtitle = t }
                } else {
                    readTitleEntry(item)
                }
            }
        }
    }

    private mutating func readTitleEntry(_ node: Node) {
        guard case .mapping(let m) = node else {
            invalid(node, "a 'title' entry must be text or a mapping with 'text' and 'type'")
            return
        }
        var value: String?
        var type = "main"
        var fileAs: String?
        for (k, v) in m {
            switch k.string?.lowercased() ?? "" {
            case "text", "name": value = text(v, "title.text")
            case "type": type = text(v, "title.type")?.lowercased() ?? "main"
            case "file-as", "file_as", "sort-as": fileAs = text(v, "title.file-as")
            default:
                sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in a title entry"], at: location(k),
                          suggestion: "A title entry has 'text', 'type' and 'file-as'.")
            }
        }
        guard let value else {
            invalid(node, "a 'title' entry has no 'text'")
            return
        }
        switch type {
        case "main":
            document.fields.title = value
            if let fileAs { document.fields.titleFileAs = fileAs }
        case "subtitle": document.fields.subtitle = value
        case "collection":
            // The series the book belongs to: written as EPUB 3's belongs-to-collection.
            if document.fields.seriesName == nil { document.fields.seriesName = value }
        case "short", "edition", "extended", "expanded":
            // pandoc's `extended` is EPUB 3's `expanded`.
            let entry = TitleEntry(type: type == "extended" ? "expanded" : type, text: value, fileAs: fileAs)
            document.fields.titles = (document.fields.titles ?? []) + [entry]
        default:
            invalid(node, "unknown title type '\(type)'",
                    suggestion: "Use main, subtitle, short, collection, edition or extended.")
        }
    }

    mutating func appendCreators(_ node: Node, _ key: String, defaultRole: String) {
        guard let people = contributors(node, key, defaultRole: defaultRole) else { return }
        document.fields.creators = (document.fields.creators ?? []) + people
    }

    mutating func contributors(_ node: Node, _ key: String, defaultRole: String) -> [Contributor]? {
        switch node {
        case .scalar, .mapping:
            return contributor(node, key, defaultRole: defaultRole).map { [$0] }
        case .sequence(let items):
            return items.filter { !isUnset($0) }.compactMap { contributor($0, key, defaultRole: defaultRole) }
        }
    }

    private mutating func contributor(_ node: Node, _ key: String, defaultRole: String) -> Contributor? {
        if case .scalar = node {
            return text(node, key).map { Contributor(name: $0, role: defaultRole) }
        }
        guard case .mapping(let m) = node else {
            invalid(node, "an entry of '\(key)' must be a name or a mapping with 'text', 'role' and 'file-as'")
            return nil
        }
        var person = Contributor(name: "", role: defaultRole)
        for (k, v) in m {
            switch k.string?.lowercased() ?? "" {
            case "text", "name": person.name = text(v, "\(key).text") ?? ""
            case "file-as", "file_as", "sort-as": person.fileAs = text(v, "\(key).file-as")
            case "role":
                guard let role = text(v, "\(key).role") else { continue }
                if let code = MarcRelator.code(for: role) {
                    person.role = code
                } else {
                    invalid(v, "'\(role)' is not a MARC relator role",
                            suggestion: "Use a role such as author, editor, translator, illustrator, narrator, or a three-letter MARC code (aut, edt, trl, ill).")
                }
            case "affiliation", "email", "orcid", "url", "equal-contrib", "correspondence":
                break  // pandoc's scholarly fields: harmless, not written to an EPUB
            default:
                sink.emit(.metadataUnknownKey, ["unknown key '\(k.string ?? "")' in an entry of '\(key)'"], at: location(k),
                          suggestion: "An entry has 'text', 'role' and 'file-as'.")
            }
        }
        guard !person.name.isEmpty else {
            invalid(node, "an entry of '\(key)' has no name ('text')")
            return nil
        }
        return person
    }
}
