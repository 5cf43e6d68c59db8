import Diagnostics
import Foundation
import XMLSupport

/// What `META-INF/encryption.xml` says: which resources are encrypted and with which algorithm.
///
/// Parsed without reporting (the `EncryptionFileRule` reports on the file itself), because
/// the content loader must know what it cannot read before any rule runs.
enum EncryptionInfo {
    static let path = "META-INF/encryption.xml"
    static let xmlenc = "http://www.w3.org/2001/04/xmlenc#"
    static let fontObfuscation = "http://www.idpf.org/2008/embedding"
    static let adobeObfuscation = "http://ns.adobe.com/pdf/enc#RC"

    struct Entry { var path: String; var algorithm: String?; var line: Int?; var column: Int? = nil }

    static func entries(in context: CheckContext, document: XMLDocument?) -> [Entry] {
        guard let root = document?.root, root.localName == "encryption" else { return [] }
        var result: [Entry] = []
        for data in root.elementChildren where data.namespace == xmlenc && data.localName == "EncryptedData" {
            let algorithm = data.elementChildren.first { $0.localName == "EncryptionMethod" }?.attribute("Algorithm")
            for cipher in data.elementChildren where cipher.localName == "CipherData" {
                for ref in cipher.elementChildren where ref.localName == "CipherReference" {
                    guard let uri = ref.attribute("URI") else { continue }
                    result.append(Entry(path: ContainerURL(uri, relativeTo: "").path, algorithm: algorithm, line: ref.line, column: ref.column))
                }
            }
        }
        return result
    }

    /// Container paths whose bytes are encrypted (font obfuscation included): not parseable.
    static func encryptedPaths(in context: CheckContext) -> Set<String> {
        guard let data = context.data(path) else { return [] }
        var quiet = DiagnosticSink()
        let doc = XMLParser.parse(data, location: context.location(path), sink: &quiet)
        return Set(entries(in: context, document: doc).map(\.path))
    }
}
