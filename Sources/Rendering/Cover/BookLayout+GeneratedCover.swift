import BookModel
import Foundation

extension BookLayout {
    /// Where the generated cover goes when nothing else is there, and its manifest id.
    static let generatedCoverPath = "images/cover.svg"
    static let generatedCoverID = "cover-image"

    /// A typographic cover for a book without a cover image (`RenderOptions.generateCover`): an
    /// SVG resource like any other, so the manifest's `cover-image`, the EPUB 2 `<meta
    /// name="cover">` and the cover page all follow from it as they do for an image.
    mutating func placeGeneratedCover() {
        let metadata = book.metadata
        let authors = metadata.creators.map { Self.collapse($0.name) }.filter { !$0.isEmpty }
        var series: String?
        if let name = metadata.series.map({ Self.collapse($0.name) }), !name.isEmpty {
            let position = metadata.series?.position.map(Self.collapse) ?? ""
            series = position.isEmpty ? name : name + " · " + position
        }
        let content = GeneratedCover.Content(title: title, subtitle: metadata.subtitle, byline: labels.list(authors),
                                             series: series, language: language)
        let plan = CoverPlan(content)

        // An author's own file may already use the usual name (a hand-made Book; the assembler
        // keeps it free): the next free number then.
        let taken = Set(resources.map { $0.path.lowercased() })
        var path = Self.generatedCoverPath
        var n = 2
        while taken.contains(path.lowercased()) {
            path = ContainerPath.numbered(Self.generatedCoverPath, n)
            n += 1
        }
        let resource = Resource(path: path, mediaType: "image/svg+xml", data: GeneratedCover.svg(content))
        let placed = PlacedResource(resource: resource, path: path, manifestID: Self.generatedCoverID)
        resources.append(placed)
        cover = Cover(image: placed, size: (GeneratedCover.width, GeneratedCover.height), alt: plan.description)
        imageCount += 1
    }
}
