import Diagnostics
import Foundation
import OCF
import XMLSupport

/// Everything the rules read about one publication, each document parsed once.
///
/// Built in stages by `ContextBuilder` (container, package, content), then read-only while
/// the registered rules run. A class so that rules share it without copying the documents.
final class CheckContext {
    let options: CheckOptions
    let container: String
    let publication: Publication
    let listing: ArchiveListing?

    /// Path of the package document being checked (one rendition's).
    var packagePath = ""
    /// Every package document `META-INF/container.xml` names, in order (several with multiple renditions).
    var renditionPaths: [String] = []
    /// The parsed container file.
    var containerDocument: XMLDocument?
    var package: PackageDocument
    var packageXML: XMLDocument?
    var itemIndexByPath: [String: Int] = [:]
    var itemIndexByID: [String: Int] = [:]
    /// Parsed XML content documents (XHTML, SVG, NCX, SMIL …) by container path.
    var documents: [String: XMLDocument] = [:]
    var facts: [String: ContentFacts] = [:]
    var stylesheets: [String: Stylesheet] = [:]
    /// References from the package document and every scanned document, in scan order.
    var references: [Reference] = []
    /// Resources `META-INF/encryption.xml` lists: their bytes cannot be read.
    var encryptedPaths: Set<String> = []
    /// Paths that failed to parse (fatal): rules skip them instead of reporting twice.
    var unparsable: Set<String> = []

    init(options: CheckOptions, container: String, publication: Publication, listing: ArchiveListing?) {
        self.options = options
        self.container = container
        self.publication = publication
        self.listing = listing
        package = PackageDocument.empty
    }

    var isEPUB2: Bool { package.isEPUB2 }

    /// A fresh context for another rendition of the same container.
    func rendition(at path: String) -> CheckContext {
        let other = CheckContext(options: options, container: container, publication: publication, listing: listing)
        other.renditionPaths = renditionPaths
        other.containerDocument = containerDocument
        other.packagePath = path
        return other
    }
    var manifest: [ManifestItem] { package.manifest }

    func item(atPath path: String) -> ManifestItem? { itemIndexByPath[path].map { package.manifest[$0] } }
    func item(withID id: String) -> ManifestItem? { itemIndexByID[id].map { package.manifest[$0] } }

    /// Manifest items in spine order.
    var spineItems: [ManifestItem] {
        package.manifest.filter(\.inSpine).sorted { ($0.spineIndex ?? 0) < ($1.spineIndex ?? 0) }
    }

    /// The EPUB 3 navigation document, if the manifest names one.
    var navItem: ManifestItem? { package.manifest.first { $0.has("nav") } }

    func data(_ path: String) -> Data? { publication[path] }
    func exists(_ path: String) -> Bool { publication.contains(path) }

    /// A location inside the container, for messages.
    func location(_ path: String, line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, container: container, line: line, column: column)
    }

    var packageLocation: SourceLocation { location(packagePath) }

    /// The publication types the package declares with `dc:type`.
    var publicationTypes: Set<String> { Set(package.types) }

    /// Whether the rules of an extension specification apply: the `--profile` option asks for
    /// them, or the package declares the matching `dc:type` (as EPUBCheck does).
    func profileApplies(_ profile: String) -> Bool {
        if options.profile == profile { return true }
        let types = publicationTypes
        switch profile {
        case "dict": return types.contains("dictionary")
        case "edupub": return types.contains("edupub")
        case "idx": return types.contains("index")
        case "preview": return types.contains("preview")
        default: return false
        }
    }
}

extension PackageDocument {
    static var empty: PackageDocument { PackageDocument(path: "", version: "") }

    init(path: String, version: String) {
        self.path = path
        self.version = version
    }
}
