import Diagnostics
import Foundation
import XMLSupport

/// `META-INF/metadata.xml`, the publication-wide metadata of a multiple-rendition publication
/// (EPUB Multiple-Rendition Publications 1.0 §2): recommended there (RSC-019), and then held to
/// its schema and to the rules EPUBCheck's Schematron adds — an identifier the
/// `unique-identifier` names, exactly one well-formed `dcterms:modified`, refinements that
/// resolve, the rendition properties' values, unique ids (RSC-005). In any publication the
/// file must at least be well-formed (RSC-016) and UTF-8 (RSC-027, RSC-028), as EPUBCheck
/// parses every such file it finds.
struct MetadataFileRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc019, .xmlSchemaViolation, .xmlNotWellFormed, .rsc027, .rsc028]
    static let path = "META-INF/metadata.xml"
    static let namespace = "http://www.idpf.org/2013/metadata"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition else { return }
        guard let data = context.data(Self.path) else {
            if context.hasMultipleRenditions {
                sink.emit(.rsc019, [],
                          at: SourceLocation(file: context.container),
                          suggestion: "Add META-INF/metadata.xml with the publication's identifier and modification date.")
            }
            return
        }
        let schema = context.hasMultipleRenditions ? Schemas.renditionMetadata : nil
        guard let doc = XMLParser.parse(data, location: context.location(Self.path), schema: schema, sink: &sink) else { return }
        EncodingRule.report(doc, at: context.location(Self.path), isXHTML: false, into: &sink)
        guard context.hasMultipleRenditions else { return }
        let root = doc.root
        guard root.localName == "metadata", root.namespace == Self.namespace else { return } // the schema said so
        var report = Reporter(context: context)
        checkCounts(root, &report)
        checkRefinements(root, &report)
        checkRenditionProperties(root, &report)
        if context.profileApplies(.edupub),
           !root.elementChildren.contains(where: { $0.namespace == NS.dc && $0.localName == "type" && $0.textContent.trimmed == "edupub" }) {
            report.schema("A dc:type element with the value \"edupub\" is required", at: root)
        }
        sink.append(contentsOf: report.sink)
    }

    /// The identifier, its uniqueness and the modification date; no empty values.
    private func checkCounts(_ root: XMLElement, _ report: inout Reporter) {
        let children = root.elementChildren
        for child in children where (child.namespace == NS.dc || child.localName == "meta") && child.textContent.trimmed.isEmpty {
            report.schema("character content of element \"\(child.qualifiedName)\" invalid; must be a string with length at least 1", at: child)
        }
        let identifiers = children.filter { $0.namespace == NS.dc && $0.localName == "identifier" }
        if identifiers.isEmpty {
            report.schema("element \"metadata\" incomplete; missing required element \"dc:identifier\"", at: root)
        }
        for extra in children.filter({ $0.namespace == NS.dc && $0.localName == "date" }).dropFirst() {
            report.schema("element \"dc:date\" not allowed here; a metadata element holds at most one", at: extra)
        }
        if let uid = root.attribute("unique-identifier"), !identifiers.contains(where: { $0.attribute("id") == uid }) {
            report.schema("unique-identifier attribute does not resolve to a dc:identifier element (given reference was \"\(uid)\")", at: root)
        }
        let modified = children.filter { $0.isMeta("dcterms:modified") }
        if modified.filter({ $0.attribute("refines") == nil }).count != 1 {
            report.schema("dcterms:modified meta element must occur exactly once", at: root)
        }
        for meta in modified where meta.textContent.trimmed.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#, options: .regularExpression) == nil {
            report.schema("dcterms:modified illegal syntax (expecting: \"CCYY-MM-DDThh:mm:ssZ\")", at: meta)
        }
        var byID: [String: [XMLElement]] = [:]
        for element in [root] + root.descendants() {
            if let id = element.attribute("id")?.trimmed { byID[id, default: []].append(element) }
        }
        for (id, elements) in byID.sorted(by: { $0.key < $1.key }) where elements.count > 1 {
            for element in elements { report.schema("Duplicate \"\(id)\"", at: element) }
        }
    }

    /// `refines` targets, `source-of`, `record` links and collections.
    private func checkRefinements(_ root: XMLElement, _ report: inout Reporter) {
        let children = root.elementChildren
        let ids = Set(([root] + root.descendants()).compactMap { $0.attribute("id") })
        func target(_ e: XMLElement) -> XMLElement? {
            guard let refines = e.attribute("refines"), refines.hasPrefix("#") else { return nil }
            return children.first { $0.attribute("id") == String(refines.dropFirst()) }
        }
        for e in root.descendants() {
            if let refines = e.attribute("refines"), refines.hasPrefix("#"), !ids.contains(String(refines.dropFirst())) {
                report.schema("@refines missing target id: \"\(refines.dropFirst())\"", at: e)
            }
        }
        for meta in children where meta.isMeta("source-of") {
            if meta.textContent.trimmed != "pagination" {
                report.schema("The \"source-of\" property must have the value \"pagination\"", at: meta)
            }
            if let t = target(meta), t.namespace == NS.dc, t.localName == "source" {} else {
                report.schema("The \"source-of\" property must refine a \"dc:source\" element.", at: meta)
            }
        }
        for link in children where link.localName == "link" && (link.attribute("rel") ?? "").splitTokens().contains("record") {
            if link.attribute("media-type") == nil {
                report.schema("The type of \"record\" references must be identifiable from the link element’s \"media-type\" attribute.", at: link)
            }
            if link.attribute("refines") != nil {
                report.schema("\"record\" links only applies to the Publication (must not have a \"refines\" attribute).", at: link)
            }
        }
        for meta in children where meta.isMeta("belongs-to-collection") && meta.attribute("refines") != nil {
            if target(meta)?.isMeta("belongs-to-collection") != true {
                report.schema("Property \"belongs-to-collection\" can only refine other \"belongs-to-collection\" properties.", at: meta)
            }
        }
        for meta in children where meta.isMeta("collection-type") && target(meta)?.isMeta("belongs-to-collection") != true {
            report.schema("Property \"collection-type\" must refine a \"belongs-to-collection\" property.", at: meta)
        }
    }

    static let renditionValues: [String: [String]] = [
        "flow": ["paginated", "scrolled-continuous", "scrolled-doc", "auto"],
        "layout": ["reflowable", "pre-paginated"],
        "orientation": ["landscape", "portrait", "auto"],
        "spread": ["none", "landscape", "portrait", "both", "auto"],
    ]

    /// The rendition properties: once each, global, with their values; `viewport` as `width=x, height=y`.
    private func checkRenditionProperties(_ root: XMLElement, _ report: inout Reporter) {
        let metas = root.elementChildren.filter { $0.localName == "meta" }
        for (name, values) in Self.renditionValues.sorted(by: { $0.key < $1.key }) {
            let found = metas.filter { $0.isMeta("rendition:" + name) }
            if found.count > 1 {
                report.schema("The \"rendition:\(name)\" property must not occur more than one time in the metadata.", at: root)
            }
            for meta in found {
                if meta.attribute("refines") != nil {
                    report.schema("The \"rendition:\(name)\" property must not be set on elements with a \"refines\" attribute", at: meta)
                }
                if !values.contains(meta.textContent.trimmed) {
                    report.schema("The value of the \"rendition:\(name)\" property must be one of \(values.map { "\"\($0)\"" }.joined(separator: ", "))", at: meta)
                }
            }
        }
        let viewports = metas.filter { $0.isMeta("rendition:viewport") }
        if viewports.filter({ $0.attribute("refines") == nil }).count > 1 {
            report.schema("The \"rendition:viewport\" property must not occur more than one time as a global value in the metadata.", at: root)
        }
        let pattern = #"^((width=\d+,\s*height=\d+)|(height=\d+,\s*width=\d+))$"#
        for meta in viewports where meta.textContent.normalizedSpace.range(of: pattern, options: .regularExpression) == nil {
            report.schema("The value of the \"rendition:viewport\" property must be of the form \"width=x, height=y\"", at: meta)
        }
    }

    /// Findings about one file, each an RSC-005 at its element.
    private struct Reporter {
        let context: CheckContext
        var sink = DiagnosticSink()

        mutating func schema(_ message: String, at element: XMLElement) {
            sink.emit(.xmlSchemaViolation, ["\(message)"],
                      at: context.location(MetadataFileRule.path, line: element.line, column: element.column),
                      suggestion: "Follow EPUB Multiple-Rendition Publications 1.0 §2.")
        }
    }
}

private extension XMLElement {
    /// A `meta` element of this property, compared as EPUBCheck's Schematron does (exactly).
    func isMeta(_ property: String) -> Bool { localName == "meta" && attribute("property") == property }
}

private extension String {
    /// XPath's normalize-space: trimmed, inner whitespace runs as one space.
    var normalizedSpace: String { splitTokens().joined(separator: " ") }
}
