import BookModel
import Diagnostics
import Foundation
import XMLSupport

/// pandoc's `epub-metadata` (`--epub-metadata FILE`): an XML file of Dublin Core elements —
/// `<dc:title>`, `<dc:creator opf:role="aut" opf:file-as="…">`, `<dc:identifier opf:scheme="ISBN">`,
/// `<dc:subject>`, `<dc:rights>` … — read into the same fields as the YAML keys of the same
/// names. Like pandoc, the file may be a bare series of elements with no root element; EPUB 3's
/// `<meta refines="#id" property="role|file-as|title-type|identifier-type">` refinements are
/// read as well as EPUB 2's `opf:` attributes.
enum DublinCoreFile {
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let opf = "http://www.idpf.org/2007/opf"

    static func read(_ file: FileReference, displayPath: String, limits: SourceLimits, sink: inout DiagnosticSink) -> MetadataFields? {
        if let size = SourceFileSize.of(file.url), size > limits.manuscriptSize {
            SourceFileSize.report(size, displayPath: displayPath, limits: limits, what: "metadata file", at: file.location, sink: &sink)
            return nil
        }
        guard let data = try? Data(contentsOf: file.url), var text = String(data: data, encoding: .utf8) else {
            sink.emit(.metadataFileUnreadable, ["cannot read the EPUB metadata file \(displayPath) (it must exist and be UTF-8 XML)"],
                      at: file.location ?? SourceLocation(file: displayPath), suggestion: "Check the path; it is relative to the file that names it.")
            return nil
        }
        // A declaration can only open a document; blanked (lines kept) before the wrapper goes round.
        if let declaration = text.range(of: #"^\s*<\?xml[^>]*\?>"#, options: .regularExpression) {
            text.replaceSubrange(declaration, with: String(repeating: " ", count: text[declaration].count))
        }
        let wrapped = "<metadata xmlns:dc=\"\(dc)\" xmlns:opf=\"\(opf)\">" + text + "</metadata>"
        var xmlSink = DiagnosticSink()
        guard let document = XMLParser.parse(Data(wrapped.utf8), location: SourceLocation(file: displayPath), sink: &xmlSink) else {
            let first = xmlSink.diagnostics.first
            sink.emit(.metadataSyntax, ["\(displayPath) is not well-formed XML: \(first?.message ?? "it cannot be parsed")"],
                      at: first?.location ?? SourceLocation(file: displayPath),
                      suggestion: "Write one Dublin Core element per line, e.g. <dc:rights>© 2024 A. Writer</dc:rights>.")
            return nil
        }
        return fields(document.root.descendants(), displayPath: displayPath, sink: &sink)
    }

    static func fields(_ elements: [XMLElement], displayPath: String, sink: inout DiagnosticSink) -> MetadataFields {
        // EPUB 3 refinements by the id they refine.
        var refinements: [String: [String: String]] = [:]
        for meta in elements where meta.localName == "meta" {
            guard let target = meta.attribute("refines"), target.hasPrefix("#"), let property = meta.attribute("property") else { continue }
            refinements[String(target.dropFirst()), default: [:]][property] = meta.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func refined(_ element: XMLElement, _ property: String, opf name: String) -> String? {
            element.attribute(name, namespace: opf) ?? element.attribute("id").flatMap { refinements[$0]?[property] }
        }
        var fields = MetadataFields()
        var identifiers: [Identifier] = []
        var titles: [TitleEntry] = []
        for element in elements where element.namespace == dc {
            let value = element.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            let location = SourceLocation(file: displayPath, line: element.line)
            switch element.localName {
            case "title":
                let type = refined(element, "title-type", opf: "title-type")?.lowercased() ?? (fields.title == nil ? "main" : "subtitle")
                let fileAs = refined(element, "file-as", opf: "file-as")
                switch type {
                case "main":
                    fields.title = value
                    fields.titleFileAs = fileAs ?? fields.titleFileAs
                case "subtitle": fields.subtitle = value
                case "collection": fields.seriesName = fields.seriesName ?? value
                default: titles.append(TitleEntry(type: type == "extended" ? "expanded" : type, text: value, fileAs: fileAs))
                }
            case "creator", "contributor":
                let role = refined(element, "role", opf: "role").flatMap { MarcRelator.code(for: $0) }
                let person = Contributor(name: value, role: role ?? (element.localName == "creator" ? "aut" : "ctb"),
                                         fileAs: refined(element, "file-as", opf: "file-as"))
                if element.localName == "creator" {
                    fields.creators = (fields.creators ?? []) + [person]
                } else {
                    fields.contributors = (fields.contributors ?? []) + [person]
                }
            case "identifier":
                identifiers.append(Identifier(value: value, scheme: refined(element, "identifier-type", opf: "scheme")))
            case "language":
                if let tag = LanguageTag.normalize(value) { fields.language = tag } else {
                    sink.emit(.metadataInvalidValue, ["'\(value)' is not a BCP 47 language tag"], at: location,
                              suggestion: "Write a tag such as en, en-GB, fr, de, ar or zh-Hant.")
                }
            case "date":
                if let date = PublicationDate.normalize(value) { fields.date = date } else {
                    sink.emit(.metadataInvalidValue, ["'\(value)' is not a date Imprint understands"], at: location,
                              suggestion: "Write the date as YYYY-MM-DD (only the year is necessary).")
                }
            case "publisher": fields.publisher = value
            case "rights": fields.rights = value
            case "description": fields.description = value
            case "subject": fields.subjects = (fields.subjects ?? []) + [value]
            case let name where DublinCoreValue.elements.contains(name):
                fields.dublinCore[name, default: []].append(value)
            default:
                sink.emit(.metadataUnknownKey, ["<dc:\(element.localName)> is not a Dublin Core element an EPUB package holds"],
                          at: location, suggestion: "Use title, creator, contributor, identifier, language, date, publisher, rights, description, subject, type, format, relation, coverage or source.")
            }
        }
        if let first = identifiers.first {
            fields.identifier = first
            fields.moreIdentifiers = Array(identifiers.dropFirst())
        }
        if !titles.isEmpty { fields.titles = titles }
        return fields
    }
}
