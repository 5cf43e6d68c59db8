import Diagnostics
import Foundation
import ImprintResources
import XMLSupport

/// Reads a publication into a `CheckContext`: container file, package document, then every
/// content document, each parsed exactly once (with its schema where we have one).
///
/// Only problems found while reading are reported here (not well-formed, schema violations,
/// missing container or package); everything else is a rule's job.
struct ContextBuilder {
    static let containerNamespace = "urn:oasis:names:tc:opendocument:xmlns:container"
    let context: CheckContext

    /// Parses `META-INF/container.xml` and finds the package document. False when checking cannot go on.
    func readContainerFile(_ sink: inout DiagnosticSink) -> Bool {
        let path = "META-INF/container.xml"
        guard let data = context.data(path) else {
            sink.emit(.rsc002, "Required META-INF/container.xml resource could not be found",
                      at: context.location(path),
                      suggestion: "Add META-INF/container.xml with a rootfile element naming the package document.")
            return false
        }
        guard let doc = parse(data, path: path, schema: Schemas.container, &sink) else { return false }
        context.containerDocument = doc
        var found: String?
        for rootfiles in doc.root.elementChildren where rootfiles.localName == "rootfiles" {
            for rootfile in rootfiles.elementChildren where rootfile.localName == "rootfile" {
                let mediaType = rootfile.attribute("media-type")?.trimmingCharacters(in: .whitespaces)
                guard let fullPath = rootfile.attribute("full-path") else {
                    sink.emit(.opf016, "The element \"rootfile\" is missing its required attribute \"full-path\"",
                              at: context.location(path, line: rootfile.line, column: rootfile.column),
                              suggestion: "Give the rootfile a full-path naming the package document, such as EPUB/package.opf.")
                    continue
                }
                if fullPath.trimmingCharacters(in: .whitespaces).isEmpty {
                    sink.emit(.opf017, "The attribute \"full-path\" on element \"rootfile\" must not be empty",
                              at: context.location(path, line: rootfile.line, column: rootfile.column),
                              suggestion: "Set full-path to the package document's path, such as EPUB/package.opf.")
                    continue
                }
                if ContainerURL(fullPath, relativeTo: "").leaks {
                    sink.emit(.rsc026, "URL \"\(fullPath)\" leaks outside the container (it is not a valid-relative-ocf-URL-with-fragment string)",
                              at: context.location(path, line: rootfile.line, column: rootfile.column), suggestion: "Give full-path relative to the container root, without a leading \"/\".")
                }
                if mediaType == MediaType.opf {
                    if found == nil { found = fullPath }
                    context.renditionPaths.append(ContainerURL(fullPath, relativeTo: "").path)
                }
            }
        }
        guard let packageRef = found else {
            sink.emit(.rsc003, "No rootfile tag with media type \"application/oebps-package+xml\" was found in the container",
                      at: context.location(path),
                      suggestion: "Declare the package document as <rootfile full-path=\"…\" media-type=\"application/oebps-package+xml\"/>.")
            return false
        }
        context.packagePath = ContainerURL(packageRef, relativeTo: "").path
        return true
    }

    /// Parses the package document against the schema of its version and indexes the manifest.
    func readPackage(_ sink: inout DiagnosticSink) -> Bool {
        let path = context.packagePath
        guard let data = context.data(path) else {
            sink.emit(.opf002, "The package document \"\(path)\" named in META-INF/container.xml was not found in the EPUB",
                      at: context.location("META-INF/container.xml"),
                      suggestion: "Fix the rootfile full-path or add the package document at that path.")
            return false
        }
        let version = PackageVersionPeek.version(in: data)
        let schema: RelaxNGSchema?
        switch version {
        case "2.0": schema = Schemas.package20
        case "3.0": schema = Schemas.package30
        default:
            // Without a version (OEBPS 1.2, or not a package at all) no EPUB rule applies; nor
            // with one that no EPUB specification defines ("2.0.1", "3.3", " 3.0"): EPUB 3.3
            // §5.4.1 requires version="3.0", OPF 2.0.1 §2.1 "2.0", and EPUBCheck stops there.
            sink.emit(.opf001, "There was an error when parsing the EPUB version: the package document declares "
                      + (version.map { "version \"\($0)\"" } ?? "no version") + "; expected \"3.0\" or \"2.0\"",
                      at: context.location(path), suggestion: "Set version=\"3.0\" on the package element (or \"2.0\" for EPUB 2).")
            return false
        }
        guard let doc = parse(data, path: path, schema: schema, &sink) else { return false }
        context.packageXML = doc
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
            if context.itemIndexByID[item.id] == nil { context.itemIndexByID[item.id] = i }
            let key = item.url.isLocal ? item.path : item.url.path
            if !key.isEmpty, context.itemIndexByPath[key] == nil { context.itemIndexByPath[key] = i }
        }
        context.package = package
        return true
    }

    /// Parses and scans every local manifest item that Imprint understands.
    func readContent(_ sink: inout DiagnosticSink) {
        let encrypted = EncryptionInfo.encryptedPaths(in: context)
        context.encryptedPaths = encrypted
        for item in context.manifest where item.url.isLocal && !encrypted.contains(item.path) {
            guard let data = context.data(item.path) else { continue }
            switch item.essence {
            case MediaType.xhtml:
                let schema = context.options.imprintOutput ? (context.isEPUB2 ? Schemas.imprintXHTML11 : Schemas.imprintXHTML5) : nil
                guard let doc = parse(data, path: item.path, schema: schema, &sink) else { continue }
                ContentModelChecker.check(doc, location: context.location(item.path), epub2: context.isEPUB2, sink: &sink)
                context.documents[item.path] = doc
                var facts = ContentScanner(path: item.path, context: context).scan(doc)
                facts.references += StylesheetInstructions.references(in: data, path: item.path)
                context.facts[item.path] = facts
            case MediaType.svg:
                guard let doc = parse(data, path: item.path, schema: nil, &sink) else { continue }
                context.documents[item.path] = doc
                var facts = ContentScanner(path: item.path, context: context).scan(doc)
                facts.references += StylesheetInstructions.references(in: data, path: item.path)
                context.facts[item.path] = facts
            case MediaType.ncx:
                guard let doc = parse(data, path: item.path, schema: Schemas.ncx, &sink) else { continue }
                context.documents[item.path] = doc
            case MediaType.smil, MediaType.pageMap, MediaType.searchKeyMap:
                guard let doc = parse(data, path: item.path, schema: nil, &sink) else { continue }
                context.documents[item.path] = doc
            case MediaType.css:
                context.stylesheets[item.path] = Stylesheet(data: data, path: item.path)
            default:
                continue
            }
        }
        for path in context.facts.keys.sorted() { guard let facts = context.facts[path] else { continue }; context.references += facts.references.map { var r = $0; r.source = path; return r } }
        for path in context.stylesheets.keys.sorted() {
            context.references += context.stylesheets[path]?.references ?? []
        }
        context.references += NCXReferences.collect(context)
        context.references += OverlayReferences.collect(context)
        context.references += SearchKeyReferences.collect(context)
        for link in context.package.links where !link.rel.contains("record") || link.url.isLocal {
            context.references.append(Reference(kind: .link, url: link.url, source: context.packagePath, line: link.line, column: link.column, element: "link"))
        }
    }

    private func parse(_ data: Data, path: String, schema: RelaxNGSchema?, _ sink: inout DiagnosticSink) -> XMLDocument? {
        let doc = XMLParser.parse(data, location: context.location(path), schema: schema, sink: &sink)
        if doc == nil { context.unparsable.insert(path) }
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
