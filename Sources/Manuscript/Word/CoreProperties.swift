import BookModel
import Foundation
import XMLSupport

/// A document's own properties — `docProps/core.xml` (Word) or `meta.xml` (OpenDocument), both
/// Dublin Core — as the lowest layer of the book's metadata: `book.yaml` and the command line
/// override every one.
enum CoreProperties {
    static func read(_ root: XMLElement?) -> MetadataFields {
        var fields = MetadataFields()
        guard let root else { return fields }
        let elements = [root] + root.descendants()
        func value(_ name: String, namespaceSuffix: String? = nil) -> String? {
            elements.first { element in
                element.localName == name && (namespaceSuffix.map { element.namespace?.hasSuffix($0) ?? false } ?? true)
            }?.textContent.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        }
        if let title = value("title", namespaceSuffix: "/dc/elements/1.1/"), !isPlaceholder(title) { fields.title = title }
        if let subject = value("subject", namespaceSuffix: "/dc/elements/1.1/") { fields.subjects = [subject] }
        if let keywords = value("keywords") ?? value("keyword") {
            let words = keywords.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !words.isEmpty { fields.subjects = (fields.subjects ?? []) + words }
        }
        if let description = value("description", namespaceSuffix: "/dc/elements/1.1/") { fields.description = description }
        if let language = value("language", namespaceSuffix: "/dc/elements/1.1/") { fields.language = language.replacingOccurrences(of: "_", with: "-") }
        // Word's creator is whoever made the file; ODF's initial-creator the same. Both are the
        // author in a manuscript more often than not, and book.yaml says otherwise when not.
        if let creator = value("creator", namespaceSuffix: "/dc/elements/1.1/") ?? value("initial-creator") {
            let names = creator.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !names.isEmpty { fields.creators = names.map { Contributor(name: $0, role: "aut") } }
        }
        return fields
    }

    /// Titles Word fills in by itself ("Microsoft Word - draft.doc", "Document1").
    static func isPlaceholder(_ title: String) -> Bool {
        let lower = title.lowercased()
        return lower.hasPrefix("microsoft word - ") || lower.range(of: #"^(document|doc)\s*\d*$"#, options: .regularExpression) != nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
