import Diagnostics
import XMLSupport

/// `package@unique-identifier` must name a `dc:identifier` (OPF-048, OPF-030), and an
/// identifier marked as a UUID must be one (OPF-085).
struct UniqueIdentifierRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf030, .opf048, .opf085, .xmlSchemaViolation]
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let p = context.package
        let location = context.location(context.packagePath, line: p.rootLine)
        guard let uid = p.uniqueIdentifier else {
            sink.emit(.opf048, [], at: location,
                      suggestion: "Add unique-identifier=\"…\" naming the id of the book's dc:identifier.")
            // EPUBCheck also looks the missing value up (OPF-030 "null"), and its EPUB 3 schema
            // requires the attribute (the EPUB 2 schema reports that itself).
            sink.emit(.opf030, ["was not found: the package element names none"], at: location,
                      suggestion: "Add unique-identifier=\"…\" naming the id of the book's dc:identifier.")
            if !p.isEPUB2 {
                sink.emit(.xmlSchemaViolation, ["element \"package\" missing required attribute \"unique-identifier\""],
                          at: location, suggestion: "Add unique-identifier=\"…\" to the package element.")
            }
            return
        }
        guard let identifier = p.dc("identifier").first(where: { $0.id == uid }) else {
            sink.emit(.opf030, ["\"\(uid)\" was not found among the dc:identifier elements"], at: location,
                      suggestion: "Give the book's dc:identifier the id \"\(uid)\", or point unique-identifier at an existing one.")
            if !p.isEPUB2 {
                sink.emit(.xmlSchemaViolation, ["the package unique-identifier \"\(uid)\" does not resolve to a dc:identifier element"],
                          at: location, suggestion: "Give the book's dc:identifier the id \"\(uid)\".")
            }
            return
        }
        let value = identifier.value.trimmingWhitespaceAndNewlines()
        if value.lowercased().hasPrefix("urn:uuid:") {
            let uuid = value.dropFirst(9)
            if !UniqueIdentifierRule.isUUID(String(uuid)) {
                sink.emit(.opf085, ["\(value)"],
                          at: context.location(context.packagePath, line: identifier.line, column: identifier.column),
                          suggestion: "Use a UUID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.")
            }
        }
    }

    static func isUUID(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
