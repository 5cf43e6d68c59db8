import Diagnostics
import XMLSupport

/// `META-INF/encryption.xml`: UTF-8 (RSC-027, RSC-028), well-formed (RSC-016) and valid against the schema of the
/// publication's version (RSC-005), in EPUB 3 with unique `Id`s and compression properties of
/// OCF's values (RSC-005); every resource it lists present in the container (RSC-007) and
/// reported as unchecked (RSC-004); font obfuscation applied only to fonts of a core media type
/// (PKG-026).
struct EncryptionFileRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg026, .rsc004, .rsc007, .xmlSchemaViolation, .xmlNotWellFormed, .rsc027, .rsc028]
    static let compressionNamespace = "http://www.idpf.org/2016/encryption#compression"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition, let data = context.data(EncryptionInfo.path) else { return }
        let file = EncryptionInfo.path
        let schema = context.isEPUB2 ? Schemas.encryption20 : Schemas.encryption30
        guard let doc = XMLParser.parse(data, location: context.location(file), schema: schema, sink: &sink) else { return }
        EncodingRule.report(doc, at: context.location(file), isXHTML: false, into: &sink)
        if !context.isEPUB2 {
            checkIDs(doc.root, context, &sink)
            checkCompression(doc.root, context, &sink)
        }
        var reported = Set<String>()
        for entry in EncryptionInfo.entries(in: doc) where reported.insert(entry.path).inserted {
            let location = context.location(file, line: entry.line, column: entry.column)
            guard context.exists(entry.path) else {
                sink.emit(.rsc007, ["\(entry.uri)"], at: location,
                          suggestion: "List only resources of the container, by their path from its root.")
                continue
            }
            if entry.algorithm == EncryptionInfo.fontObfuscation {
                // The first rendition that declares the font judges its type, as EPUBCheck does.
                if let item = context.item(atPath: entry.path), !MediaType.coreFonts.contains(item.essence) {
                    sink.emit(.pkg026, ["\(item.mediaType)", "\(context.packagePath)"],
                              at: location, suggestion: "Obfuscate only fonts declared as font/ttf, font/otf, font/woff or font/woff2.")
                }
            } else {
                sink.emit(.rsc004, ["\(entry.path)"], at: location)
            }
        }
    }

    /// XML Encryption's `Id` attributes are IDs: each names one element (OCF 3.3's schema).
    private func checkIDs(_ root: XMLElement, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        var byID: [String: [XMLElement]] = [:]
        var order: [String] = []
        for element in root.descendants() {
            guard let id = element.attribute("Id")?.splitTokens().joined(separator: " ") else { continue }
            if byID[id] == nil { order.append(id) }
            byID[id, default: []].append(element)
        }
        for id in order where byID[id]!.count > 1 {
            for element in byID[id]! {
                sink.emit(.xmlSchemaViolation, ["Duplicate \"\(id)\""],
                          at: context.location(EncryptionInfo.path, line: element.line, column: element.column),
                          suggestion: "Give each Id a value of its own.")
            }
        }
    }

    /// OCF 3.3 §4.2.6.3.2.2: a resource compressed before encryption says how (stored, 0, or
    /// deflated, 8) and its length before compression.
    private func checkCompression(_ root: XMLElement, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        for compression in root.descendants() where compression.localName == "Compression" && compression.namespace == Self.compressionNamespace {
            let location = context.location(EncryptionInfo.path, line: compression.line, column: compression.column)
            if let method = compression.attribute("Method"), !["0", "8"].contains(method.trimmed) {
                sink.emit(.xmlSchemaViolation, ["value of attribute \"Method\" is invalid; must be equal to \"0\" or \"8\""],
                          at: location, suggestion: "Method is 0 for a stored resource and 8 for a deflated one.")
            }
            if let length = compression.attribute("OriginalLength"), !Self.isNonNegativeInteger(length.trimmed) {
                sink.emit(.xmlSchemaViolation, ["value of attribute \"OriginalLength\" is invalid; must be an integer"],
                          at: location, suggestion: "Give the resource's size in bytes before compression.")
            }
        }
    }

    /// XML Schema's nonNegativeInteger: an optional `+`, then digits.
    static func isNonNegativeInteger(_ s: String) -> Bool {
        let digits = s.hasPrefix("+") ? s.dropFirst() : Substring(s)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
