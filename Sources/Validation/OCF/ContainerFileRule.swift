import Diagnostics
import Foundation
import XMLSupport

/// `META-INF/container.xml` against the schema of the publication's version (RSC-005): in
/// EPUB 3 the OCF 3.3 grammar with the rendition selection attributes, its values (version
/// 1.0, package documents only, selection attributes of the right syntax) and its rules across
/// elements — a selection attribute on every rootfile but the first (RSC-017), access modes
/// named once, at most one mapping document, of type XHTML (RSC-005); in EPUB 2 the OCF 2.0.1
/// grammar, and one package document only (PKG-013).
///
/// Judged once per container, with the first package document's version.
struct ContainerFileRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation, .rsc017, .pkg013]
    static let path = "META-INF/container.xml"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition, let data = context.data(Self.path),
              let schema = context.isEPUB2 ? Schemas.container20 : Schemas.container30 else { return }
        _ = XMLParser.validate(data, location: context.location(Self.path), schema: schema, sink: &sink)
        if context.isEPUB2 {
            if context.renditionPaths.count > 1 {
                sink.emit(.pkg013, ["\(context.renditionPaths.count)"],
                          at: context.location(Self.path),
                          suggestion: "EPUB 2 allows one package document; list only it as a rootfile of type application/oebps-package+xml.")
            }
        } else if let root = context.containerDocument?.root {
            checkRenditionRules(root, context, &sink)
        }
    }

    /// The values EPUBCheck's schema fixes, and EPUB Multiple-Rendition Publications 1.0 §3.4
    /// and §4.4.4, as EPUBCheck's Schematron has them.
    private func checkRenditionRules(_ root: XMLElement, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let ns = ContextBuilder.containerNamespace
        if let version = root.attribute("version"), version.trimmed != "1.0" {
            invalid("version", "must be equal to \"1.0\"", root, context, &sink)
        }
        for rootfiles in root.elementChildren where rootfiles.localName == "rootfiles" && rootfiles.namespace == ns {
            let rootfileElements = rootfiles.elementChildren.filter { $0.localName == "rootfile" && $0.namespace == ns }
            for (index, rootfile) in rootfileElements.enumerated() {
                if let type = rootfile.attribute("media-type"), type.trimmed != MediaType.opf {
                    invalid("media-type", "must be equal to \"application/oebps-package+xml\"", rootfile, context, &sink)
                }
                let selection = rootfile.attributes.filter { $0.namespace == RenditionSelection.namespace }
                if index > 0 && selection.isEmpty {
                    sink.emit(.rsc017, ["At least one rendition selection attribute should be specified for each non-first rootfile element, which represents a non-default rendition"],
                              at: context.location(Self.path, line: rootfile.line, column: rootfile.column),
                              suggestion: "Add rendition:media, rendition:layout, rendition:language or rendition:accessMode.")
                }
                for attribute in selection {
                    if let problem = RenditionSelection.problem(attribute.localName, attribute.value) {
                        invalid("rendition:" + attribute.localName, problem, rootfile, context, &sink)
                    }
                }
                if let modes = rootfile.attribute("accessMode", namespace: RenditionSelection.namespace)?.splitTokens(),
                   Set(modes).count < modes.count {
                    schema("The accessMode attribute contains a duplicate value",
                           context.location(Self.path, line: rootfile.line, column: rootfile.column), &sink)
                }
            }
        }
        for links in root.elementChildren where links.localName == "links" && links.namespace == ns {
            let mappings = links.elementChildren.filter {
                $0.localName == "link" && $0.namespace == ns && $0.attribute("rel")?.trimmingWhitespaceAndNewlines() == "mapping"
            }
            if mappings.count > 1 {
                schema("The Container Document must not reference more than one mapping document",
                       context.location(Self.path, line: links.line, column: links.column), &sink)
            }
            for link in mappings where link.attribute("media-type")?.trimmingWhitespaceAndNewlines() != MediaType.xhtml {
                schema("The media type of Rendition Mapping Documents must be \"application/xhtml+xml\"",
                       context.location(Self.path, line: link.line, column: link.column), &sink)
            }
        }
    }

    private func invalid(_ attribute: String, _ expected: String, _ element: XMLElement, _ context: CheckContext,
                         _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, ["value of attribute \"\(attribute)\" is invalid; \(expected)"],
                  at: context.location(Self.path, line: element.line, column: element.column),
                  suggestion: "Follow OCF 3.3 §4.2.6.3.1 and EPUB Multiple-Rendition Publications 1.0 §3.")
    }

    private func schema(_ message: String, _ location: SourceLocation, _ sink: inout DiagnosticSink) {
        sink.emit(.xmlSchemaViolation, ["\(message)"], at: location,
                  suggestion: "Follow EPUB Multiple-Rendition Publications 1.0.")
    }
}

/// The rendition selection attributes (EPUB Multiple-Rendition Publications 1.0 §3.3).
enum RenditionSelection {
    static let namespace = "http://www.idpf.org/2013/rendition"
    static let accessModes: Set<String> = ["auditory", "tactile", "textual", "visual"]

    /// What is wrong with a selection attribute's value, as EPUBCheck's schema words it, or nil.
    /// Attributes the schema does not know are its business.
    static func problem(_ name: String, _ value: String) -> String? {
        let tokens = value.splitTokens()
        switch name {
        case "media":
            return MediaQuery.isValid(value) ? nil : "must be a media query"
        case "layout":
            return tokens == ["reflowable"] || tokens == ["pre-paginated"] ? nil : "must be equal to \"pre-paginated\" or \"reflowable\""
        case "language":
            let tag = tokens.joined(separator: " ")
            return tag.range(of: "^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", options: .regularExpression) != nil
                ? nil : "must be an RFC 3066 language identifier"
        case "accessMode":
            return !tokens.isEmpty && tokens.allSatisfy(accessModes.contains)
                ? nil : "must be a list of \"auditory\", \"tactile\", \"textual\" or \"visual\""
        default:
            return nil
        }
    }
}

/// Media query syntax as rendition selection uses it (`all`, `(min-width: 1920px) and (…)`, lists).
enum MediaQuery {
    static func isValid(_ text: String) -> Bool {
        let pattern = #"^\s*(((only|not)\s+)?all|\([^>)]+\))(\s+and\s+\([^>)]+\))*\s*(,\s*(((only|not)\s+)?all|\([^>)]+\))(\s+and\s+\([^>)]+\))*\s*)*$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
