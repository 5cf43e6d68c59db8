import Diagnostics
import XMLSupport

/// The NCX: `dtb:uid` equals the package's unique identifier (NCX-001), and every
/// `content@src` resolves to a content document and fragment (checked with the other
/// references: RSC-007, RSC-010, RSC-012).
struct NCXRule: PublicationRule {
    let codes: [DiagnosticCode] = [.ncx001, .ncx004, .ncx006, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.essence == MediaType.ncx {
            guard let doc = context.documents[item.path] else { continue }
            let root = doc.root
            if let uidMeta = root.elementChildren.first(where: { $0.localName == "head" })?
                .elementChildren.first(where: { $0.localName == "meta" && $0.attribute("name") == "dtb:uid" }),
               let uid = uidMeta.attribute("content"), let identifier = context.package.identifier,
               !identifier.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {   // an empty one is RSC-005 alone
                let trimmed = uid.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed != identifier.trimmingCharacters(in: .whitespacesAndNewlines) {
                    sink.emit(.ncx001, "NCX identifier (\"\(uid)\") does not match OPF identifier (\"\(identifier)\")",
                              at: context.location(item.path, line: uidMeta.line, column: uidMeta.column),
                              suggestion: "Make the NCX dtb:uid equal to the package's unique identifier.")
                } else if trimmed != uid {
                    sink.emit(.ncx004, "NCX identifier (\"dtb:uid\" metadata) should not contain leading or trailing whitespace",
                              at: context.location(item.path, line: uidMeta.line, column: uidMeta.column), suggestion: "Trim the dtb:uid value.")
                }
            }
            var playOrders: [String: String] = [:]
            var targets: [String: String] = [:]   // playOrder → target
            for point in root.descendants() where ["navPoint", "navTarget", "pageTarget"].contains(point.localName) {
                guard let order = point.attribute("playOrder"),
                      let src = point.elementChildren.first(where: { $0.localName == "content" })?.attribute("src") else { continue }
                let target = ContainerURL(src, relativeTo: item.path).display
                if let other = playOrders[target], other != order {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: different playOrder values (\(other), \(order)) for navPoint/navTarget/pageTarget that refer to the same target \"\(src)\"",
                              at: context.location(item.path, line: point.line, column: point.column), suggestion: "Give entries that point at the same place the same playOrder.")
                } else {
                    playOrders[target] = order
                }
                if let other = targets[order], other != target {
                    sink.emit(.xmlSchemaViolation, "Error while parsing file: identical playOrder values (\(order)) for navPoint/navTarget/pageTarget that do not refer to the same target (\"\(other)\" and \"\(src)\")",
                              at: context.location(item.path, line: point.line, column: point.column), suggestion: "Number the entries in reading order, one playOrder per target.")
                } else {
                    targets[order] = target
                }
            }
            checkSequence(root, item, context, &sink)
            for text in root.descendants() where text.localName == "text" && text.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                sink.emit(.ncx006, "Empty \"text\" label in the NCX document", at: context.location(item.path, line: text.line, column: text.column),
                          suggestion: "Give every navLabel a text.")
            }
        }
    }
}

extension NCXRule {
    /// The NCX Schematron's sequence rules (EPUBCheck's ncx.sch, from the Z39.86 validator):
    /// some playOrder is "1", every playOrder n > 1 has an n − 1 (no gaps), and a page
    /// target's value and type together are unique (RSC-005).
    func checkSequence(_ root: XMLElement, _ item: ManifestItem, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        let ordered = root.descendants().filter { $0.attribute("playOrder") != nil }
        let numbers = Set(ordered.compactMap { Double($0.attribute("playOrder")!.trimmingCharacters(in: .whitespaces)) })
        if !ordered.isEmpty && !ordered.contains(where: { $0.attribute("playOrder") == "1" }) {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: the first playOrder value is not 1",
                      at: context.location(item.path, line: ordered[0].line), suggestion: "Number the entries 1, 2, 3 … in reading order.")
        }
        for e in ordered {
            guard let n = Double(e.attribute("playOrder")!.trimmingCharacters(in: .whitespaces)), n > 1, !numbers.contains(n - 1) else { continue }
            sink.emit(.xmlSchemaViolation, "Error while parsing file: playOrder sequence has gaps (no \(Int(n) - 1) before \(e.attribute("playOrder")!))",
                      at: context.location(item.path, line: e.line, column: e.column), suggestion: "Number the entries 1, 2, 3 … without gaps.")
        }
        var pages: [String: Int] = [:]
        let targets = root.descendants().filter { $0.localName == "pageTarget" && $0.attribute("value") != nil }
        for t in targets { pages[t.attribute("value")! + "\u{0}" + (t.attribute("type") ?? ""), default: 0] += 1 }
        for t in targets where pages[t.attribute("value")! + "\u{0}" + (t.attribute("type") ?? "")]! > 1 {
            sink.emit(.xmlSchemaViolation, "Error while parsing file: pageTarget combination of value and type is not unique (value \"\(t.attribute("value")!)\")",
                      at: context.location(item.path, line: t.line, column: t.column), suggestion: "Give each page target its own value.")
        }
    }
}

/// Collects the NCX's `content@src` links as hyperlink references for `ReferenceRule`.
enum NCXReferences {
    static func collect(_ context: CheckContext) -> [Reference] {
        var result: [Reference] = []
        for item in context.manifest where item.essence == MediaType.ncx {
            guard let doc = context.documents[item.path] else { continue }
            for content in doc.root.descendants() where content.localName == "content" {
                guard let src = content.attribute("src") else { continue }
                result.append(Reference(kind: .hyperlink, url: ContainerURL(src, relativeTo: item.path), source: item.path,
                                        line: content.line, element: "content"))
            }
        }
        return result
    }
}
