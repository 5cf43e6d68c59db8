import Diagnostics
import Foundation
import OCF
import XMLSupport

/// Everything the rules read about one publication, each document parsed and walked once.
///
/// A value with `let` fields: `ContextBuilder` makes it in stages (container, package, content)
/// and hands each rule a finished snapshot, so rules can run on any thread at once and none can
/// change what another sees. Large parts (documents, the archive's bytes) are shared, not copied.
struct CheckContext: Sendable {
    let options: CheckOptions
    let container: String
    let publication: Publication
    let listing: ArchiveListing?

    /// Path of the package document being checked (one rendition's).
    let packagePath: String
    /// Every package document `META-INF/container.xml` names, in order (several with multiple renditions).
    let renditionPaths: [String]
    /// Which of them this context checks.
    let renditionIndex: Int
    /// The parsed container file.
    let containerDocument: XMLDocument?
    let package: PackageDocument
    let packageXML: XMLDocument?
    /// The package document's source, split into lines once, for findings EPUBCheck places
    /// at an end tag (`PackageSource.endTag`).
    let packageSource: PackageSource
    let itemIndexByPath: [String: Int]
    let itemIndexByID: [String: Int]
    /// Parsed XML content documents (XHTML, SVG, NCX, SMIL …) by container path.
    let documents: [String: XMLDocument]
    let facts: [String: ContentFacts]
    let stylesheets: [String: Stylesheet]
    /// References from the package document and every scanned document, in scan order.
    let references: [Reference]
    /// Resources `META-INF/encryption.xml` lists: their bytes cannot be read.
    let encryptedPaths: Set<String>
    /// Paths that failed to parse (fatal): rules skip them instead of reporting twice.
    let unparsable: Set<String>

    var isEPUB2: Bool { package.isEPUB2 }

    /// Whether this is the first rendition's context: the container's own files (`META-INF`,
    /// the archive itself) are judged once, by the version its package document declares, as
    /// EPUBCheck does.
    var isDefaultRendition: Bool { renditionIndex == 0 }

    /// A multiple-rendition publication (EPUB Multiple-Rendition Publications 1.0): an EPUB 3
    /// container naming more than one package document.
    var hasMultipleRenditions: Bool { !isEPUB2 && renditionPaths.count > 1 }

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
    func profileApplies(_ profile: CheckProfile) -> Bool {
        if options.profile == profile.rawValue { return true }
        let types = publicationTypes
        switch profile {
        case .dict: return types.contains("dictionary")
        case .edupub: return types.contains("edupub")
        case .idx: return types.contains("index")
        case .preview: return types.contains("preview")
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
