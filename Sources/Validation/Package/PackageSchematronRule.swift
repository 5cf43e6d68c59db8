import Foundation
import Diagnostics
import XMLSupport

/// The EPUB 3 package Schematron's metadata rules that the flat schema does not express
/// (RSC-005, as EPUBCheck reports them): the global rendition properties occur at most once,
/// never refine anything and take their vocabulary's values; `rendition:viewport` (deprecated,
/// but still checked) reads `width=x, height=y` and occurs once at most without `refines`; `source-of` is "pagination" and
/// refines a `dc:source`; `title-type` refines a `dc:title`; `collection-type` refines a
/// `belongs-to-collection`, which refines nothing else.
struct PackageSchematronRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    static let renditionValues: [String: [String]] = [
        "rendition:layout": ["reflowable", "pre-paginated"],
        "rendition:orientation": ["landscape", "portrait", "auto"],
        "rendition:spread": ["none", "landscape", "portrait", "both", "auto"],
        "rendition:flow": ["paginated", "scrolled-continuous", "scrolled-doc", "auto"],
    ]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, let root = context.packageXML?.root,
              let metadata = root.elementChildren.first(where: { $0.localName == "metadata" }) else { return }
        let children = metadata.elementChildren
        func normalized(_ s: String?) -> String { (s ?? "").splitTokens().joined(separator: " ") }
        func target(_ e: XMLElement) -> XMLElement? {
            let refines = normalized(e.attribute("refines"))
            guard refines.hasPrefix("#") else { return nil }
            let id = String(refines.dropFirst())
            return children.first { normalized($0.attribute("id")) == id }
        }
        func report(_ e: XMLElement, _ message: String, _ suggestion: String) {
            sink.emit(.xmlSchemaViolation, [message],
                      at: context.location(context.packagePath, line: e.line, column: e.column), suggestion: suggestion)
        }
        var counts: [String: Int] = [:]
        for e in children where e.localName == "meta" && e.namespace == PackageDocument.opfNamespace {
            let property = normalized(e.attribute("property"))
            let value = normalized(e.textContent)
            if let allowed = PackageSchematronRule.renditionValues[property] {
                counts[property, default: 0] += 1
                if counts[property] == 2 {
                    report(e, "The \"\(property)\" property must not occur more than one time in the package metadata", "Keep one \(property).")
                }
                if e.attribute("refines") != nil {
                    report(e, "The \"\(property)\" property must not be set on elements with a \"refines\" attribute",
                           "Use the spine itemref's rendition properties to override it for one document.")
                }
                if !allowed.contains(value) {
                    report(e, "The value of the \"\(property)\" property must be either " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
                           + " (found \"\(value)\")", "Use one of the values the rendition vocabulary defines.")
                }
            }
            switch property {
            case "rendition:viewport":
                if e.attribute("refines") == nil {
                    counts[property, default: 0] += 1
                    if counts[property] == 2 {
                        report(e, "The \"rendition:viewport\" property must not occur more than one time as a global value in the package metadata",
                               "Keep one viewport; better, give each fixed-layout document its own viewport meta tag.")
                    }
                }
                if value.range(of: #"^((width=\d+,\s*height=\d+)|(height=\d+,\s*width=\d+))$"#, options: .regularExpression) == nil {
                    report(e, "The value of the \"rendition:viewport\" property must be of the form \"width=x, height=y\" (found \"\(value)\")",
                           "Write width=1200, height=1600.")
                }
            case "source-of":
                if value != "pagination" { report(e, "The \"source-of\" property must have the value \"pagination\"", "Write pagination.") }
                if target(e).map({ $0.localName == "source" && $0.namespace == PackageDocument.dcNamespace }) != true {
                    report(e, "The \"source-of\" property must refine a \"source\" property", "Put refines=\"#id\" naming the dc:source.")
                }
            case "title-type":
                if target(e).map({ $0.localName == "title" && $0.namespace == PackageDocument.dcNamespace }) != true {
                    report(e, "Property \"title-type\" must refine a \"title\" property", "Put refines=\"#id\" naming the dc:title.")
                }
            case "collection-type":
                if target(e).map({ normalized($0.attribute("property")) == "belongs-to-collection" }) != true {
                    report(e, "Property \"collection-type\" must refine a \"belongs-to-collection\" property",
                           "Put refines=\"#id\" naming the belongs-to-collection meta.")
                }
            case "belongs-to-collection":
                if e.attribute("refines") != nil, target(e).map({ normalized($0.attribute("property")) == "belongs-to-collection" }) != true {
                    report(e, "Property \"belongs-to-collection\" can only refine other \"belongs-to-collection\" properties",
                           "Remove refines, or point it at another belongs-to-collection.")
                }
            default:
                break
            }
        }
    }
}
