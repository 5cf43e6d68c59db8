import Diagnostics
import Foundation
import ImprintResources
import OCF
import Parallel
import XMLSupport

/// Reads a publication into a `CheckContext`: container file, package document, then every
/// content document, each parsed exactly once (with its schema where we have one) and walked
/// exactly once, by all the document rules together (`DocumentWalk`), on all cores.
///
/// The builder is the only thing that ever changes what a context holds: it keeps its working
/// copy in these fields and hands out `snapshot`s, immutable values the rules share. Only
/// problems found while reading are reported here (not well-formed, schema violations, missing
/// container or package) and the document rules' findings; everything else is a rule's job.
struct ContextBuilder: Sendable {
    static let containerNamespace = "urn:oasis:names:tc:opendocument:xmlns:container"

    private let options: CheckOptions
    private let container: String
    private let publication: Publication
    private let listing: ArchiveListing?
    private var packagePath = ""
    private(set) var renditionPaths: [String] = []
    private var renditionIndex = 0
    private var containerDocument: XMLDocument?
    private var package = PackageDocument.empty
    private var packageXML: XMLDocument?
    private var packageSource = PackageSource(lines: [])
    private var itemIndexByPath: [String: Int] = [:]
    private var itemIndexByID: [String: Int] = [:]
    private var documents: [String: XMLDocument] = [:]
    private var facts: [String: ContentFacts] = [:]
    private var stylesheets: [String: Stylesheet] = [:]
    private var references: [Reference] = []
    private var encryptedPaths: Set<String> = []
    private var unparsable: Set<String> = []
    /// The package document's validation against its schema, still to be made.
    private(set) var packageValidation: PackageValidation?

    /// A package document to validate against its schema, and where in the sink its findings
    /// belong: right after the findings of its parse.
    struct PackageValidation: Sendable {
        let data: Data
        let location: SourceLocation
        let schema: RelaxNGSchema
        let findingsIndex: Int

        func findings() -> [Diagnostic] { XMLParser.schemaViolations(data, location: location, schema: schema) }
    }

    init(options: CheckOptions, container: String, publication: Publication, listing: ArchiveListing?) {
        self.options = options
        self.container = container
        self.publication = publication
        self.listing = listing
    }

    /// What has been read so far, as the value rules read.
    var snapshot: CheckContext {
        CheckContext(options: options, container: container, publication: publication, listing: listing,
                     packagePath: packagePath, renditionPaths: renditionPaths, renditionIndex: renditionIndex,
                     containerDocument: containerDocument,
                     package: package, packageXML: packageXML, packageSource: packageSource, itemIndexByPath: itemIndexByPath,
                     itemIndexByID: itemIndexByID, documents: documents, facts: facts, stylesheets: stylesheets,
                     references: references, encryptedPaths: encryptedPaths, unparsable: unparsable)
    }

    /// A builder for rendition `index` of the same container: the container file is shared,
    /// everything from the package on is read anew.
    func rendition(_ index: Int) -> ContextBuilder {
        var other = ContextBuilder(options: options, container: container, publication: publication, listing: listing)
        other.renditionPaths = renditionPaths
        other.renditionIndex = index
        other.containerDocument = containerDocument
        other.packagePath = renditionPaths[index]
        return other
    }

    /// Parses `META-INF/container.xml`, finds the package documents and checks that each one
    /// is there. False when checking cannot go on.
    ///
    /// Only well-formedness is judged here: the container file's schema depends on the EPUB
    /// version, which the first package document tells (`ContainerFileRule` applies it), and
    /// EPUBCheck judges it only once every package document is found.
    mutating func readContainerFile(_ sink: inout DiagnosticSink) -> Bool {
        let path = "META-INF/container.xml"
        guard let data = publication[path] else {
            sink.emit(.rsc002, [],
                      at: location(path),
                      suggestion: "Add META-INF/container.xml with a rootfile element naming the package document.")
            return false
        }
        guard let doc = parse(data, path: path, schema: nil, &sink), refusesEntities(doc, path: path, &sink) else { return false }
        containerDocument = doc
        // Every rootfile element of the container namespace, wherever it is (the schema judges
        // where): a rootfile of another namespace names nothing.
        let rootfiles = ([doc.root] + doc.root.descendants()).filter {
            $0.localName == "rootfile" && $0.namespace == Self.containerNamespace
        }
        for rootfile in rootfiles {
            let mediaType = rootfile.attribute("media-type")?.trimmingWhitespace()
            guard let fullPath = rootfile.attribute("full-path") else {
                sink.emit(.opf016, [],
                          at: location(path, line: rootfile.line, column: rootfile.column),
                          suggestion: "Give the rootfile a full-path naming the package document, such as EPUB/package.opf.")
                continue
            }
            if fullPath.trimmingWhitespace().isEmpty {
                sink.emit(.opf017, [],
                          at: location(path, line: rootfile.line, column: rootfile.column),
                          suggestion: "Set full-path to the package document's path, such as EPUB/package.opf.")
                continue
            }
            if let problem = URLSyntax.localProblem(fullPath) {
                sink.emit(.rsc020, ["\(fullPath)", "\(problem)"],
                          at: location(path, line: rootfile.line, column: rootfile.column), suggestion: "Percent-encode the character (a space is %20).")
            }
            if ContainerURL(fullPath, relativeTo: "").leaks {
                sink.emit(.rsc026, ["\(fullPath)"],
                          at: location(path, line: rootfile.line, column: rootfile.column), suggestion: "Give full-path relative to the container root, without a leading \"/\".")
            }
            if mediaType == MediaType.opf {
                renditionPaths.append(ContainerURL(fullPath, relativeTo: "").path)
            }
        }
        guard !renditionPaths.isEmpty else {
            sink.emit(.rsc003, [],
                      at: location(path),
                      suggestion: "Declare the package document as <rootfile full-path=\"…\" media-type=\"application/oebps-package+xml\"/>.")
            return false
        }
        // Every rendition's package document must be there before any is checked.
        if let missing = renditionPaths.first(where: { !publication.contains($0) }) {
            sink.emit(.opf002, ["\(missing)"],
                      at: location(path),
                      suggestion: "Fix the rootfile full-path or add the package document at that path.")
            return false
        }
        return true
    }

    /// Parses the package document against the schema of its version and indexes the manifest.
    mutating func readPackage(_ sink: inout DiagnosticSink) -> Bool {
        let path = packagePath
        guard let data = publication[path] else { return false } // reported with the container file
        let version = PackageVersionPeek.version(in: data)
        let schema: RelaxNGSchema?
        switch version {
        case "2.0": schema = Schemas.package20
        case "3.0": schema = Schemas.package30
        default:
            // Without a version (OEBPS 1.2, or not a package at all) no EPUB rule applies; nor
            // with one that no EPUB specification defines ("2.0.1", "3.3", " 3.0"): EPUB 3.3
            // §5.4.1 requires version="3.0", OPF 2.0.1 §2.1 "2.0", and EPUBCheck stops there.
            sink.emit(.opf001, ["the package document declares "
                      + (version.map { "version \"\($0)\"" } ?? "no version") + "; expected \"3.0\" or \"2.0\""],
                      at: location(path), suggestion: "Set version=\"3.0\" on the package element (or \"2.0\" for EPUB 2).")
            return false
        }
        // The schema judges the tree the parser left, which lacks any entity's text: when an
        // entity makes the document unusable, that is the finding, not what the tree lacks.
        // The schema is not applied here: `Checker` validates the package against it on another
        // core while the content documents are read (`packageValidation`), and puts its
        // findings where they would have been reported.
        var parsing = DiagnosticSink()
        let parsed = parse(data, path: path, schema: nil, &parsing)
        if let parsed, version == "3.0" { reportExternalDeclarations(parsed, data: data, path: path, &sink) }
        guard let parsed, refusesEntities(parsed, path: path, &sink) else {
            for d in parsing.diagnostics where parsed == nil || d.id != DiagnosticCode.xmlSchemaViolation.id { sink.emit(d) }
            return false
        }
        sink.append(contentsOf: parsing)
        if let schema {
            packageValidation = PackageValidation(data: data, location: location(path), schema: schema,
                                                  findingsIndex: sink.diagnostics.count)
        }
        let doc = parsed
        packageXML = doc
        packageSource = PackageSource(data)
        var package = PackageDocument(root: doc.root, path: path)
        // First item of each id, found once: a search per itemref was quadratic in the spine.
        var firstByID: [String: Int] = [:]
        for (i, item) in package.manifest.enumerated() where firstByID[item.id] == nil { firstByID[item.id] = i }
        for (i, itemref) in package.itemrefs.enumerated() {
            guard let index = firstByID[itemref.idref], package.manifest[index].spineIndex == nil else { continue }
            package.manifest[index].spineIndex = i
            package.manifest[index].linear = itemref.linear
        }
        for (i, item) in package.manifest.enumerated() {
            if itemIndexByID[item.id] == nil { itemIndexByID[item.id] = i }
            let key = item.url.isLocal ? item.path : item.url.path
            if !key.isEmpty, itemIndexByPath[key] == nil { itemIndexByPath[key] = i }
        }
        self.package = package
        return true
    }

    /// Parses every local manifest item Imprint understands and walks each parsed document
    /// once with the walkers of `rules` (and the scanner that gathers its facts), spreading the
    /// documents over the cores. Findings come in manifest order whatever the scheduling.
    mutating func readContent(rules: [any DocumentRule], _ sink: inout DiagnosticSink) {
        let encrypted = EncryptionInfo.encryptedPaths(in: snapshot)
        encryptedPaths = encrypted
        let items = manifest.filter { $0.url.isLocal && !encrypted.contains($0.path) && publication.contains($0.path) }
        let packageStage = snapshot
        let policy = sink.policy
        let results = ParallelMap.map(items) { item in
            DocumentReader(context: packageStage, rules: rules, policy: policy).read(item)
        }
        for result in results {
            sink.append(contentsOf: result.diagnostics)
            if result.unparsable { unparsable.insert(result.path) }
            if let document = result.document { documents[result.path] = document }
            if let found = result.facts { facts[result.path] = found }
            if let stylesheet = result.stylesheet { stylesheets[result.path] = stylesheet }
        }
        for path in facts.keys.sorted() {
            guard let found = facts[path] else { continue }
            references += found.references.map { var r = $0; r.source = path; return r }
        }
        for path in stylesheets.keys.sorted() {
            references += stylesheets[path]?.references ?? []
        }
        // The NCX's links, then media overlays', then Search Key Maps', each in manifest order.
        for mediaType in [MediaType.ncx, MediaType.smil, MediaType.searchKeyMap] {
            for (item, result) in zip(items, results) where item.essence == mediaType {
                references += result.references
            }
        }
        for link in package.links where !link.rel.contains("record") || link.url.isLocal {
            references.append(Reference(kind: .link, url: link.url, source: packagePath, line: link.line, column: link.column, element: "link"))
        }
        // Collection links are links too: a missing target is RSC-007w like a metadata link's.
        var collections = package.collections
        while let collection = collections.popLast() {
            collections += collection.children
            for link in collection.links where link.url.isLocal && link.url.kind != .data {
                references.append(Reference(kind: .link, url: link.url, source: packagePath, line: link.line, column: link.column, element: "link"))
            }
        }
    }

    private var manifest: [ManifestItem] { package.manifest }

    private func location(_ path: String, line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, container: container, line: line, column: column)
    }

    /// False, with XML's fatal error (RSC-016, as EPUBCheck's parser stops there), when the
    /// document refers to an entity whose text it does not hold: an external one (never loaded:
    /// `file:///etc/passwd`, a URL) or one never declared. The container file and package
    /// document are then not used; content documents are judged by `EntityRule`.
    private mutating func refusesEntities(_ doc: XMLDocument, path: String, _ sink: inout DiagnosticSink) -> Bool {
        guard let entity = doc.unexpandedEntities.filter({ !$0.isDeclared || $0.isExternal }).min(by: { $0.line < $1.line }) else {
            return true
        }
        let why = entity.isDeclared ? "is declared as an external entity, whose text is never read" : "was referenced, but not declared"
        sink.emit(.xmlNotWellFormed, ["the entity \"\(entity.name)\" \(why)"],
                  at: location(path, line: entity.line, column: entity.column),
                  suggestion: "Write the text into the document instead of referring to an entity.")
        unparsable.insert(path)
        return false
    }

    /// HTM-003 for each external entity an EPUB 3 package document declares, as `EntityRule`
    /// reports them in content documents.
    private func reportExternalDeclarations(_ doc: XMLDocument, data: Data, path: String, _ sink: inout DiagnosticSink) {
        guard let doctype = doc.doctype else { return }
        let lines = EntityRule.declarationLines(data)
        for (index, entity) in doctype.entities.enumerated() where entity.isExternal && !entity.isUnparsed {
            let name = (entity.isParameter ? "%" : "") + entity.name
            let target = entity.systemID.map { "SYSTEM \"\($0)\"" } ?? entity.publicID.map { "PUBLIC \"\($0)\"" } ?? "another file"
            sink.emit(.htm003, [name, target],
                      at: location(path, line: index < lines.count ? lines[index] : nil),
                      suggestion: "Remove the declaration and write its text into the document.")
        }
    }

    private mutating func parse(_ data: Data, path: String, schema: RelaxNGSchema?, _ sink: inout DiagnosticSink) -> XMLDocument? {
        let doc = XMLParser.parse(data, location: location(path), schema: schema, sink: &sink)
        if doc == nil { unparsable.insert(path) }
        return doc
    }
}

/// Reads the `version` attribute of a package document without parsing it, so the right
/// schema can be chosen for the one real parse.
enum PackageVersionPeek {
    /// The `version` attribute's value exactly as written (EPUBCheck does not trim it), or nil.
    static func version(in data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        guard let start = head.range(of: "<package") ?? head.range(of: ":package") else { return nil }
        let tail = head[start.upperBound...]
        guard let end = tail.firstIndex(of: ">") else { return nil }
        let tag = tail[..<end]
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
        var from = tag.startIndex
        // The attribute named version, not "version" inside another name or value.
        while let v = tag[from...].range(of: "version") {
            from = v.upperBound
            guard v.lowerBound > tag.startIndex, isSpace(tag[tag.index(before: v.lowerBound)]) else { continue }
            var rest = tag[v.upperBound...].drop(while: isSpace)
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: isSpace)
            guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
            return String(rest.dropFirst().prefix { $0 != quote })
        }
        return nil
    }
}
