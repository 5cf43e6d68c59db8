import Diagnostics
import Foundation
import XMLSupport

/// What `META-INF/encryption.xml` says: which resources are encrypted and with which algorithm.
///
/// Parsed without reporting (the `EncryptionFileRule` reports on the file itself), because
/// the content loader must know what it cannot read before any rule runs.
enum EncryptionInfo {
    static let path = "META-INF/encryption.xml"
    static let fontObfuscation = "http://www.idpf.org/2008/embedding"

    struct Entry {
        /// The `URI` as written, and the container path it names.
        var uri: String
        var path: String
        var algorithm: String?
        var line: Int?
        var column: Int?
    }

    /// Every `CipherReference`, wherever it is, with the algorithm of the `EncryptedData` it
    /// belongs to: what EPUBCheck takes as the list of encrypted resources.
    static func entries(in document: XMLDocument?) -> [Entry] {
        guard let root = document?.root else { return [] }
        var result: [Entry] = []
        func walk(_ element: XMLElement, algorithm: String?) {
            var algorithm = algorithm
            if element.localName == "EncryptedData" {
                algorithm = element.elementChildren.first { $0.localName == "EncryptionMethod" }?.attribute("Algorithm")
            }
            for child in element.elementChildren {
                if child.localName == "CipherReference", let uri = child.attribute("URI") {
                    // The algorithm is the grandparent's: EncryptedData > CipherData > CipherReference.
                    let owner = element.localName == "CipherData" ? algorithm : nil
                    result.append(Entry(uri: uri, path: ContainerURL(uri, relativeTo: "").path, algorithm: owner,
                                        line: child.line, column: child.column))
                }
                walk(child, algorithm: child.localName == "CipherData" ? algorithm : nil)
            }
        }
        walk(root, algorithm: nil)
        return result
    }

    /// Container paths whose bytes are encrypted (font obfuscation included): not parseable.
    static func encryptedPaths(in context: CheckContext) -> Set<String> {
        guard let data = context.data(path) else { return [] }
        var quiet = DiagnosticSink()
        let doc = XMLParser.parse(data, location: context.location(path), sink: &quiet)
        return Set(entries(in: doc).map(\.path))
    }
}
