import Diagnostics
import Foundation
import OCF
import Validation
import XMLSupport

/// EPUBCheck's `items`: every file of the publication with its ZIP entry's sizes, checksum and
/// what the package document says of it (manifest id and media type, place in the spine),
/// sorted by id as EPUBCheck sorts them. Read from the publication already in memory; the
/// package document is parsed again here, quietly, since its problems are the checker's to report.
enum PublicationItems {
    static func list(_ publication: Publication, listing: ArchiveListing?, info: PublicationInfo) -> (items: [ReportItem], facts: PackageFacts) {
        var facts = PackageFacts()
        facts.hasEncryption = publication.contains("META-INF/encryption.xml")
        facts.hasSignatures = publication.contains("META-INF/signatures.xml")
        var manifest: [String: (id: String, mediaType: String?, scripted: Bool)] = [:]
        var spine: [String: (index: Int, linear: Bool)] = [:]
        if let data = publication[info.packagePath] {
            var quiet = DiagnosticSink()
            if let document = XMLParser.parse(data, location: SourceLocation(file: info.packagePath), sink: &quiet) {
                let folder = (info.packagePath as NSString).deletingLastPathComponent
                var pathOfID: [String: String] = [:]
                for item in document.root.descendants() where item.localName == "item" {
                    guard let id = item.attribute("id"), let href = item.attribute("href") else { continue }
                    let decoded = href.removingPercentEncoding ?? href
                    let path = ((folder.isEmpty ? decoded : folder + "/" + decoded) as NSString).standardizingPath
                    let properties = (item.attribute("properties") ?? "").split(separator: " ")
                    manifest[path] = (id, item.attribute("media-type"), properties.contains("scripted"))
                    pathOfID[id] = path
                }
                read(document.root, into: &facts, version: info.version)
                facts.hasAudio = manifest.values.contains { $0.mediaType?.hasPrefix("audio/") == true }
                facts.hasVideo = manifest.values.contains { $0.mediaType?.hasPrefix("video/") == true }
                let refs = document.root.descendants().filter { $0.localName == "itemref" }
                for (index, ref) in refs.enumerated() {
                    guard let idref = ref.attribute("idref"), let path = pathOfID[idref], spine[path] == nil else { continue }
                    spine[path] = (index, ref.attribute("linear") != "no")
                }
            }
        }
        var sizes: [String: (compressed: Int, stored: Bool)] = [:]
        for item in listing?.items ?? [] where !item.isDirectory {
            sizes[item.name] = (Int(clamping: item.compressedSize), item.compressionMethod == 0)
        }
        let items = publication.entries.map { entry -> ReportItem in
            let known = manifest[entry.path]
            let size = sizes[entry.path]
            let place = spine[entry.path]
            return ReportItem(id: known?.id ?? "ePubCheck.NoManifestRef:\(entry.path)", fileName: entry.path,
                              mediaType: known?.mediaType, compressedSize: size?.compressed ?? entry.data.count,
                              uncompressedSize: entry.data.count,
                              compressionMethod: (size?.stored ?? entry.stored) ? "Stored" : "Deflated",
                              checkSum: SHA256.epubCheckHex(entry.data), spineIndex: place?.index,
                              isLinear: place?.linear ?? false, isFixedFormat: place != nil && info.hasFixedLayout,
                              isScripted: known?.scripted ?? false)
        }
        return (items.sorted { $0.id < $1.id }, facts)
    }

    /// The Dublin Core metadata and rendition properties EPUBCheck reports.
    static func read(_ package: XMLElement, into facts: inout PackageFacts, version: String) {
        let dc = "http://purl.org/dc/elements/1.1/"
        func texts(_ name: String) -> [String] {
            package.descendants().filter { $0.localName == name && $0.namespace == dc }
                .map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        facts.publisher = texts("publisher").first
        facts.date = texts("date").first
        facts.subjects = texts("subject")
        facts.description = texts("description").first
        facts.rights = texts("rights").first
        facts.creators = texts("creator")
        facts.contributors = texts("contributor")
        for meta in package.descendants() where meta.localName == "meta" {
            let value = meta.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            switch meta.attribute("property") {
            case "rendition:layout": facts.renditionLayout = value
            case "rendition:orientation": facts.renditionOrientation = value
            case "rendition:spread": facts.renditionSpread = value
            case "dcterms:modified" where facts.date == nil: facts.date = value
            default: break
            }
        }
        facts.isBackwardCompatible = version.hasPrefix("3") && package.descendants().contains {
            $0.localName == "item" && $0.attribute("media-type") == "application/x-dtbncx+xml"
        }
    }
}
