import BookModel
import Foundation
import XMLSupport

/// The `<metadata>` of the package document, in EPUB 3 and EPUB 2 form.
enum PackageMetadata {
    /// Vocabulary prefixes EPUB 3 predefines: properties with these need no declaration (and
    /// EPUBCheck warns when one is declared again).
    static let reservedPrefixes: Set<String> = ["a11y", "dcterms", "marc", "media", "onix", "rendition",
                                                "schema", "xsd", "msv", "prism"]
    /// Other prefixes an author's extra properties may use, declared when used.
    static let knownPrefixes: [String: String] = [
        "ibooks": "http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/",
    ]
    /// Properties the renderer writes itself; an extra property cannot write them twice.
    static let ownProperties: Set<String> = ["dcterms:modified", "belongs-to-collection", "schema:accessMode",
                                             "schema:accessModeSufficient", "schema:accessibilityFeature",
                                             "schema:accessibilityHazard", "schema:accessibilitySummary",
                                             "dcterms:conformsTo", "a11y:certifiedBy",
                                             "a11y:certifierCredential", "a11y:certifierReport", "a11y:exemption"]

    /// The author's extra properties that can be written: a declared prefix, not one of ours,
    /// sorted so that the output does not depend on dictionary order.
    static func extraProperties(_ layout: BookLayout) -> [(String, String)] {
        layout.book.metadata.extraProperties.sorted { $0.key < $1.key }.filter { key, value in
            guard let colon = key.firstIndex(of: ":"), !ownProperties.contains(key), !value.isEmpty else { return false }
            let prefix = String(key[..<colon])
            return reservedPrefixes.contains(prefix) || knownPrefixes[prefix] != nil
        }
    }

    /// The package's `prefix` attribute, when extra properties need one.
    static func prefixDeclaration(for layout: BookLayout) -> String? {
        var used: [String] = []
        for (key, _) in extraProperties(layout) {
            let prefix = String(key.prefix(while: { $0 != ":" }))
            if let uri = knownPrefixes[prefix], !used.contains("\(prefix): \(uri)") { used.append("\(prefix): \(uri)") }
        }
        return used.isEmpty ? nil : used.joined(separator: " ")
    }

    static func writeEPUB3(layout: BookLayout, into xml: inout XMLWriter) {
        let metadata = layout.book.metadata
        xml.start("metadata", ["xmlns:dc": PackageDocument.dcNamespace])
        xml.element("dc:identifier", ["id": "uid"], text: layout.identifier)
        if let type = onixIdentifierType(metadata.identifier) {
            xml.element("meta", ["refines": "#uid", "property": "identifier-type", "scheme": "onix:codelist5"], text: type)
        }
        let details = metadata.details
        for (n, identifier) in details.identifiers.enumerated() {
            guard let value = clean(identifier.value), value != layout.identifier else { continue }
            let id = "uid-\(n + 2)"
            xml.element("dc:identifier", ["id": id], text: value)
            if let type = onixIdentifierType(identifier) {
                xml.element("meta", ["refines": "#" + id, "property": "identifier-type", "scheme": "onix:codelist5"], text: type)
            }
        }
        let subtitle = clean(metadata.subtitle)
        let titles = details.titles.filter { clean($0.text) != nil }
        xml.element("dc:title", ["id": "title"], text: layout.title)
        if subtitle != nil || !titles.isEmpty {
            xml.element("meta", ["refines": "#title", "property": "title-type"], text: "main")
        }
        if let fileAs = clean(details.titleFileAs) {
            xml.element("meta", ["refines": "#title", "property": "file-as"], text: fileAs)
        }
        if let subtitle {
            xml.element("dc:title", ["id": "subtitle"], text: subtitle)
            xml.element("meta", ["refines": "#subtitle", "property": "title-type"], text: "subtitle")
        }
        for (n, title) in titles.enumerated() {
            let id = "title-\(n + 2)"
            xml.element("dc:title", ["id": id], text: clean(title.text) ?? "")
            xml.element("meta", ["refines": "#" + id, "property": "title-type"], text: title.type)
            if let fileAs = clean(title.fileAs) {
                xml.element("meta", ["refines": "#" + id, "property": "file-as"], text: fileAs)
            }
        }
        xml.element("dc:language", text: layout.language)
        writeContributors(metadata.creators, element: "dc:creator", idPrefix: "creator", defaultRole: "aut", into: &xml)
        writeContributors(metadata.contributors, element: "dc:contributor", idPrefix: "contributor", defaultRole: nil, into: &xml)
        if let date = clean(metadata.date), W3CDate.isValidDate(date) { xml.element("dc:date", text: date) }
        if let publisher = clean(metadata.publisher) { xml.element("dc:publisher", text: publisher) }
        if let rights = clean(metadata.rights) { xml.element("dc:rights", text: rights) }
        if let description = clean(metadata.description) { xml.element("dc:description", text: description) }
        for (n, subject) in metadata.subjects.compactMap(clean).enumerated() {
            guard let code = details.subjectCodes[subject], let authority = clean(code.authority), let term = clean(code.term) else {
                xml.element("dc:subject", text: subject)
                continue
            }
            let id = "subject-\(n + 1)"
            xml.element("dc:subject", ["id": id], text: subject)
            xml.element("meta", ["refines": "#" + id, "property": "authority"], text: authority)
            xml.element("meta", ["refines": "#" + id, "property": "term"], text: term)
        }
        writeDublinCore(details, into: &xml)
        if let series = metadata.series, let name = clean(series.name) {
            xml.element("meta", ["property": "belongs-to-collection", "id": "series"], text: name)
            xml.element("meta", ["refines": "#series", "property": "collection-type"], text: "series")
            if let position = clean(series.position), isNumber(position) {
                xml.element("meta", ["refines": "#series", "property": "group-position"], text: position)
            }
        }
        xml.element("meta", ["property": "dcterms:modified"], text: W3CDate.timestamp(layout.options.modified))

        let a11y = AccessibilityMetadata(layout: layout)
        for mode in a11y.accessModes { xml.element("meta", ["property": "schema:accessMode"], text: mode) }
        for mode in a11y.accessModesSufficient {
            xml.element("meta", ["property": "schema:accessModeSufficient"], text: mode)
        }
        for feature in a11y.features { xml.element("meta", ["property": "schema:accessibilityFeature"], text: feature) }
        for hazard in a11y.hazards { xml.element("meta", ["property": "schema:accessibilityHazard"], text: hazard) }
        xml.element("meta", ["property": "schema:accessibilitySummary"], text: a11y.summary)
        if let conformsTo = a11y.conformsTo {
            if ContainerPath.hasScheme(conformsTo) {
                xml.empty("link", ["rel": "dcterms:conformsTo", "href": conformsTo])
            } else {
                xml.element("meta", ["property": "dcterms:conformsTo"], text: conformsTo)
            }
        }
        // EPUB Accessibility 1.1 §5.2: the certifier, with its credential and report refining it.
        if let certifier = a11y.certifiedBy {
            xml.element("meta", ["property": "a11y:certifiedBy", "id": "certifier"], text: certifier)
            if let credential = a11y.certifierCredential {
                xml.element("meta", ["property": "a11y:certifierCredential", "refines": "#certifier"], text: credential)
            }
            if let report = a11y.certifierReport {
                xml.empty("link", ["rel": "a11y:certifierReport", "refines": "#certifier", "href": report])
            }
        }
        for exemption in a11y.exemptions { xml.element("meta", ["property": "a11y:exemption"], text: exemption) }
        for (property, value) in extraProperties(layout) {
            xml.element("meta", ["property": property], text: value)
        }
        // For EPUB 2 reading systems, which know the cover only by this.
        if let cover = layout.coverImageID { xml.empty("meta", ["name": "cover", "content": cover]) }
        if let generator = clean(layout.options.generator) { xml.empty("meta", ["name": "generator", "content": generator]) }
        xml.end()
    }

    static func writeEPUB2(layout: BookLayout, into xml: inout XMLWriter) {
        let metadata = layout.book.metadata
        xml.start("metadata", ["xmlns:dc": PackageDocument.dcNamespace, "xmlns:opf": PackageDocument.opfNamespace])
        var scheme = clean(metadata.identifier?.scheme) ?? (layout.identifier.hasPrefix("urn:uuid:") ? "UUID" : nil)
        // OPF 2.0 names the scheme "ISBN" whatever the length.
        if let s = scheme?.uppercased(), s == "ISBN-10" || s == "ISBN-13" { scheme = "ISBN" }
        xml.element("dc:identifier", ["id": "uid", "opf:scheme": scheme], text: layout.identifier)
        for identifier in metadata.details.identifiers {
            guard let value = clean(identifier.value), value != layout.identifier else { continue }
            var scheme = clean(identifier.scheme)
            if let s = scheme?.uppercased(), s == "ISBN-10" || s == "ISBN-13" { scheme = "ISBN" }
            xml.element("dc:identifier", ["opf:scheme": scheme], text: value)
        }
        xml.element("dc:title", text: layout.title)
        if let subtitle = clean(metadata.subtitle) { xml.element("dc:title", text: subtitle) }
        xml.element("dc:language", text: layout.language)
        for (element, people, defaultRole) in [("dc:creator", metadata.creators, "aut"),
                                               ("dc:contributor", metadata.contributors, nil as String?)] {
            for person in people {
                guard let name = clean(person.name) else { continue }
                let role = clean(person.role).map(relatorCode) ?? defaultRole
                xml.element(element, ["opf:role": role, "opf:file-as": clean(person.fileAs)], text: name)
            }
        }
        if let date = clean(metadata.date), W3CDate.isValidDate(date) {
            xml.element("dc:date", ["opf:event": "publication"], text: date)
        }
        xml.element("dc:date", ["opf:event": "modification"],
                    text: String(W3CDate.timestamp(layout.options.modified).prefix(10)))
        if let publisher = clean(metadata.publisher) { xml.element("dc:publisher", text: publisher) }
        if let rights = clean(metadata.rights) { xml.element("dc:rights", text: rights) }
        if let description = clean(metadata.description) { xml.element("dc:description", text: description) }
        for subject in metadata.subjects.compactMap(clean) { xml.element("dc:subject", text: subject) }
        writeDublinCore(metadata.details, into: &xml)
        // EPUB 2 has no series property; calibre's is the one reading systems (calibre, Kobo) read.
        if let series = metadata.series, let name = clean(series.name) {
            xml.empty("meta", ["name": "calibre:series", "content": name])
            if let position = clean(series.position), isNumber(position) {
                xml.empty("meta", ["name": "calibre:series_index", "content": position])
            }
        }
        // The same accessibility metadata as EPUB 3's, in EPUB 2's name/content form (EPUB
        // Accessibility 1.1 §5), which reading systems and Ace read.
        let a11y = AccessibilityMetadata(layout: layout)
        for mode in a11y.accessModes { xml.empty("meta", ["name": "schema:accessMode", "content": mode]) }
        for mode in a11y.accessModesSufficient { xml.empty("meta", ["name": "schema:accessModeSufficient", "content": mode]) }
        for feature in a11y.features { xml.empty("meta", ["name": "schema:accessibilityFeature", "content": feature]) }
        for hazard in a11y.hazards { xml.empty("meta", ["name": "schema:accessibilityHazard", "content": hazard]) }
        xml.empty("meta", ["name": "schema:accessibilitySummary", "content": a11y.summary])
        if let conformsTo = a11y.conformsTo { xml.empty("meta", ["name": "dcterms:conformsTo", "content": conformsTo]) }
        if let certifier = a11y.certifiedBy {
            xml.empty("meta", ["name": "a11y:certifiedBy", "content": certifier])
            if let credential = a11y.certifierCredential {
                xml.empty("meta", ["name": "a11y:certifierCredential", "content": credential])
            }
            if let report = a11y.certifierReport { xml.empty("meta", ["name": "a11y:certifierReport", "content": report]) }
        }
        for exemption in a11y.exemptions { xml.empty("meta", ["name": "a11y:exemption", "content": exemption]) }
        if let cover = layout.coverImageID { xml.empty("meta", ["name": "cover", "content": cover]) }
        if let generator = clean(layout.options.generator) { xml.empty("meta", ["name": "generator", "content": generator]) }
        xml.end()
    }

    /// pandoc's `type`, `format`, `relation`, `coverage` and `source`, as the Dublin Core
    /// elements both package versions allow.
    private static func writeDublinCore(_ details: PackageDetails, into xml: inout XMLWriter) {
        for entry in details.dublinCore {
            guard DublinCoreValue.elements.contains(entry.element), let value = clean(entry.value) else { continue }
            xml.element("dc:" + entry.element, text: value)
        }
    }

    private static func writeContributors(_ people: [Contributor], element: String, idPrefix: String,
                                          defaultRole: String?, into xml: inout XMLWriter) {
        var n = 0
        for person in people {
            guard let name = clean(person.name) else { continue }
            n += 1
            let id = "\(idPrefix)\(n)"
            xml.element(element, ["id": id], text: name)
            if let role = clean(person.role).map(relatorCode) ?? defaultRole {
                xml.element("meta", ["refines": "#" + id, "property": "role", "scheme": "marc:relators"], text: role)
            }
            if let fileAs = clean(person.fileAs) {
                xml.element("meta", ["refines": "#" + id, "property": "file-as"], text: fileAs)
            }
        }
    }

    /// MARC relator codes are three lower-case letters; common names map to theirs.
    static func relatorCode(_ role: String) -> String {
        let lowered = role.lowercased()
        let names = ["author": "aut", "editor": "edt", "translator": "trl", "illustrator": "ill",
                     "narrator": "nrt", "contributor": "ctb", "publisher": "pbl", "designer": "dsr",
                     "photographer": "pht", "artist": "art", "compiler": "com", "adapter": "adp"]
        return names[lowered] ?? lowered
    }

    /// ONIX code list 5 for the identifier's scheme: 15 ISBN-13, 02 ISBN-10, 06 DOI. The
    /// metadata reader names ISBN schemes `ISBN`, `ISBN-10` or `ISBN-13`; the digits decide.
    private static func onixIdentifierType(_ identifier: Identifier?) -> String? {
        guard let identifier, let scheme = clean(identifier.scheme)?.uppercased() else { return nil }
        let digits = identifier.value.filter { $0.isNumber || $0 == "X" || $0 == "x" }
        switch scheme {
        case "ISBN", "ISBN-10", "ISBN-13": return digits.count == 13 ? "15" : digits.count == 10 ? "02" : nil
        case "DOI": return "06"
        default: return nil
        }
    }

    private static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func isNumber(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
