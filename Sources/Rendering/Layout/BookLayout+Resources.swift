import BookModel
import Foundation

extension BookLayout {
    /// Paths the renderer writes itself; a resource never takes one of them.
    private var reservedPaths: Set<String> {
        var paths: Set<String> = [Self.packageFile, Self.navFile, Self.ncxFile, Self.stylesheetFile,
                                  Self.titlePageFile, Self.coverFile, Self.endnotesFile]
        let width = max(3, String(book.chapters.count).count)
        for i in book.chapters.indices {
            let n = String(i + 1)
            paths.insert("text/ch" + String(repeating: "0", count: width - n.count) + n + ".xhtml")
        }
        return paths
    }

    /// Gives each resource a clean, unique path and a manifest id; the first of two resources
    /// with the same path wins.
    mutating func placeResources() {
        var taken = reservedPaths
        // Lower-cased too: two names differing only in case collide on many file systems.
        var takenFolded = Set(taken.map { $0.lowercased() })
        var manifestIDs = IDRegistry(reserved: PackageDocument.reservedIDs)
        for resource in book.resources where resourceByPath[resource.path] == nil {
            var path = ContainerPath.clean(resource.path) ?? "resources/file"
            let base = path
            var n = 2
            while takenFolded.contains(path.lowercased()) {
                path = ContainerPath.numbered(base, n)
                n += 1
            }
            taken.insert(path)
            takenFolded.insert(path.lowercased())
            let id = manifestIDs.claim("res-" + IDRegistry.slug(path, maxLength: 40), fallback: "res")
            resourceByPath[resource.path] = resources.count
            if resourceByPath[path] == nil { resourceByPath[path] = resources.count }
            resources.append(PlacedResource(resource: resource, path: path, manifestID: id))
            if resource.mediaType == "image/gif" { usesGIF = true }
        }
    }

    /// The resource a reference in the text names, trying it as written and percent-decoded.
    private func resource(named reference: String) -> PlacedResource? {
        for candidate in [reference, reference.removingPercentEncoding ?? reference] {
            if let i = resourceByPath[candidate] { return resources[i] }
            var trimmed = Substring(candidate)
            while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
            if let i = resourceByPath[String(trimmed)] { return resources[i] }
        }
        return nil
    }

    /// The `src` of an image in the document at `file`; nil when the book does not carry it
    /// (a remote image or a missing file).
    func imageHref(_ source: String, from file: String) -> String? {
        guard !ContainerPath.hasScheme(source), let placed = resource(named: source) else { return nil }
        return ContainerPath.href(from: file, to: placed.path)
    }

    /// The heading a link's fragment names: Imprint's ids first, then pandoc's, each as written
    /// and percent-decoded.
    private func anchor(_ fragment: String) -> (file: String, id: String)? {
        let decoded = fragment.removingPercentEncoding ?? fragment
        return anchors[fragment] ?? anchors[decoded] ?? pandocAnchors[fragment] ?? pandocAnchors[decoded]
    }

    /// The `href` of a link in the document at `file`: absolute URLs as they are, `#id` to the
    /// heading that has that id. Nil when the target is not a place in the book's text, so the
    /// words are written without a link rather than with a broken one: that includes files the
    /// book carries (a PDF, an image), since EPUB allows links only into content documents
    /// in the reading order.
    func linkHref(_ href: String, from file: String) -> String? {
        let reference = href.trimmingCharacters(in: .whitespaces)
        if ContainerPath.hasScheme(reference) { return ContainerPath.externalHref(reference) }
        let fragment = reference.firstIndex(of: "#").map { reference[reference.index(after: $0)...] }
        // "#id", or a manuscript file name with a fragment ("chapter2.md#id"): the heading
        // with that id, wherever it ended up.
        if let fragment, let anchor = anchor(String(fragment)) {
            // An empty id is the top of a document (a chapter's title).
            let document = ContainerPath.href(from: file, to: anchor.file)
            if anchor.id.isEmpty { return document }
            return anchor.file == file ? "#" + anchor.id : document + "#" + anchor.id
        }
        return nil
    }
}
