import Foundation
import XMLSupport

/// `META-INF/container.xml`: where the package document is.
enum ContainerDocument {
    static func render(packagePath: String) -> Data {
        var xml = XMLWriter()
        xml.start("container", ["version": "1.0", "xmlns": "urn:oasis:names:tc:opendocument:xmlns:container"])
        xml.start("rootfiles")
        xml.empty("rootfile", ["full-path": packagePath, "media-type": "application/oebps-package+xml"])
        return xml.finish()
    }
}
