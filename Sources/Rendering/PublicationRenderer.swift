import BookModel
import Foundation
import ImprintResources
import OCF
import Parallel

/// Turns a `Book` into the files of an EPUB publication.
///
/// A pure function: the same book and options give the same bytes, so two builds of one
/// manuscript are identical and golden-file tests can pin the output.
public enum PublicationRenderer {
    /// Where the package document lives; `META-INF/container.xml` points here.
    public static let contentFolder = "EPUB"

    /// Every file of the book, in archive order: `mimetype` (stored), the container, the
    /// package document, navigation, stylesheet, cover page, title page, divisions, endnotes, resources.
    ///
    /// Documents are written side by side on all cores (each reads only the layout) and
    /// added in this order, so the publication is the same as one written serially.
    public static func render(_ book: Book, options: RenderOptions) -> Publication {
        let layout = BookLayout(book: book, options: options)
        let epub3 = options.epubVersion == .epub3
        func path(_ file: String) -> String { contentFolder + "/" + file }

        var documents: [(path: String, render: () -> Data)] = [
            (path(BookLayout.packageFile), { PackageDocument.render(layout: layout) }),
        ]
        if epub3 { documents.append((path(BookLayout.navFile), { NavDocument.render(layout: layout) })) }
        documents.append((path(BookLayout.ncxFile), { NCXDocument.render(layout: layout) }))
        if layout.hasDefaultStylesheet {
            documents.append((path(BookLayout.stylesheetFile), { Data(EmbeddedResource.stylesheet) }))
        }
        if let cover = layout.cover {
            documents.append((path(BookLayout.coverFile), { CoverDocument.render(layout: layout, cover: cover) }))
        }
        if layout.hasTitlePage {
            documents.append((path(BookLayout.titlePageFile), { TitlePageDocument.render(layout: layout) }))
        }
        for index in layout.divisions.indices {
            documents.append((path(layout.divisions[index].file), { ChapterDocument.render(index, layout: layout) }))
        }
        if layout.hasEndnotesDocument {
            documents.append((path(BookLayout.endnotesFile), { EndnotesDocument.render(layout: layout) }))
        }
        let rendered = ParallelMap.map(Array(documents.indices)) { documents[$0].render() }

        var publication = Publication()
        publication.add(Publication.Entry(path: "mimetype", data: Data("application/epub+zip".utf8), stored: true))
        publication.add(path: "META-INF/container.xml",
                        data: ContainerDocument.render(packagePath: path(BookLayout.packageFile)))
        for (document, data) in zip(documents, rendered) {
            publication.add(path: document.path, data: data)
        }
        for placed in layout.resources {
            publication.add(path: path(placed.path), data: placed.resource.data)
        }
        return publication
    }
}
