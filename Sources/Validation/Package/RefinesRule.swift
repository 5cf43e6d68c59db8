import Diagnostics
import XMLSupport

/// `refines="#id"` names an element of the package document (RSC-005).
struct RefinesRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard !context.isEPUB2, let root = context.packageXML?.root else { return }
        let ids = Set(([root] + root.descendants()).compactMap { $0.attribute("id") })
        for e in root.descendants() {
            guard let refines = e.attribute("refines")?.trimmingWhitespace(), refines.hasPrefix("#") else { continue }
            let target = String(refines.dropFirst())
            // "#" names no id, yet the Schematron's test passes it (an element without an id has
            // the empty id it asks for), so EPUBCheck 5.3 reports nothing
            if !target.isEmpty, !ids.contains(target) {
                sink.emit(.xmlSchemaViolation, ["@refines missing target id: \"\(target)\""],
                          at: context.location(context.packagePath, line: e.line, column: e.column), suggestion: "Point refines at the id of an element in this package document.")
            }
        }
    }
}
