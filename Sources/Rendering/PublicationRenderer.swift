import BookModel
import Foundation
import ImprintResources
import OCF

/// Turns a `Book` into the files of an EPUB publication.
///
/// A pure function: the same book and options give the same bytes, so two builds of one
/// manuscript are identical and golden-file tests can pin the output.
public enum PublicationRenderer {
    /// Where the package document lives; `META-INF/container.xml` points here.
    public static let contentFolder = "EPUB"

    /// Every file of the book, in archive order: `mimetype` (stored), the container, the
    /// package document, navigation, stylesheet, cover page, title page, divisions, endnotes, resources.
    public static func render(_ book: Book, options: RenderOptions) -> Publication {
        let layout = BookLayout(book: book, options: options)
        let epub3 = options.epubVersion == .epub3
        func path(_ file: String) -> String { contentFolder + "/" + file }

        var publication = Publication()
        publication.add(Publication.Entry(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true))
        publication.add(path: "META-INF/container.xml",
                        data: ContainerDocument.render(packagePath: path(BookLayout.packageFile)))
        publication.add(path: path(BookLayout.packageFile), data: PackageDocument.render(layout: layout))
        if epub3 { publication.add(path: path(BookLayout.navFile), data: NavDocument.render(layout: layout)) }
        publication.add(path: path(BookLayout.ncxFile), data: NCXDocument.render(layout: layout))
        publication.add(path: path(BookLayout.stylesheetFile), data: Data(EmbeddedResource.stylesheet))
        if let cover = layout.cover {
            publication.add(path: path(BookLayout.coverFile), data: CoverDocument.render(layout: layout, cover: cover))
        }
        publication.add(path: path(BookLayout.titlePageFile), data: TitlePageDocument.render(layout: layout))
        for index in layout.divisions.indices {
            publication.add(path: path(layout.divisions[index].file), data: ChapterDocument.render(index, layout: layout))
        }
        if layout.hasEndnotesDocument {
            publication.add(path: path(BookLayout.endnotesFile), data: EndnotesDocument.render(layout: layout))
        }
        for placed in layout.resources {
            publication.add(path: path(placed.path), data: placed.resource.data)
        }
        return publication
    }
}
