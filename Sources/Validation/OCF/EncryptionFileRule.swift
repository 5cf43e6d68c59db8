import Diagnostics
import XMLSupport

/// `META-INF/encryption.xml` and `signatures.xml`: the right root element (RSC-005), every
/// encrypted resource reported as unchecked (RSC-004), and font obfuscation applied only to
/// fonts of a core media type (PKG-026).
struct EncryptionFileRule: PublicationRule {
    let codes: [DiagnosticCode] = [.pkg026, .rsc004, .xmlSchemaViolation]
    static let containerNS = "urn:oasis:names:tc:opendocument:xmlns:container"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        // The files belong to the container: judge them once, with the default rendition's manifest.
        guard context.packagePath == context.renditionPaths.first else { return }
        for (file, root) in [(EncryptionInfo.path, "encryption"), ("META-INF/signatures.xml", "signatures")] {
            guard let data = context.data(file) else { continue }
            guard let doc = XMLParser.parse(data, location: context.location(file), sink: &sink) else { continue }
            if doc.root.localName != root || doc.root.namespace != EncryptionFileRule.containerNS {
                sink.emit(.xmlSchemaViolation, "Error while parsing file: the root element of \(file) must be \"\(root)\" in the OCF container namespace, found \"\(doc.root.localName)\"",
                          at: context.location(file, line: doc.root.line, column: doc.root.column),
                          suggestion: "Make <\(root) xmlns=\"\(EncryptionFileRule.containerNS)\"> the root element, or remove the file.")
                continue
            }
            guard root == "encryption" else { continue }
            var reported = Set<String>()
            for entry in EncryptionInfo.entries(in: context, document: doc) where reported.insert(entry.path).inserted {
                let location = context.location(file, line: entry.line, column: entry.column)
                if entry.algorithm == EncryptionInfo.fontObfuscation {
                    if let item = context.item(atPath: entry.path), !MediaType.coreFonts.contains(item.essence) {
                        sink.emit(.pkg026, "Obfuscated resource must be a Font Core Media Type (was declared as \"\(item.mediaType)\" in \"\(context.packagePath)\")",
                                  at: location, suggestion: "Obfuscate only fonts declared as font/ttf, font/otf, font/woff or font/woff2.")
                    }
                } else {
                    sink.emit(.rsc004, "File \"\(entry.path)\" is encrypted, its content will not be checked", at: location)
                }
            }
        }
    }
}
