import BookModel
import Foundation

/// A packaged manuscript's own cover (`Manuscript.detectedCover`: a picture alone on its first
/// page), taken out of its text to become the book's cover.
struct DocumentCover {
    /// The manuscript without the picture: gone from the start of its first chapter, and that
    /// chapter gone too when the picture was all it held.
    var manuscript: Manuscript
    var source: String
    var data: Data

    /// Nil when the manuscript has no such picture, or when the picture is not where the reader
    /// said, or is all there is (a book needs a text as well as a cover).
    init?(_ original: Manuscript) {
        guard let source = original.detectedCover, let data = original.embeddedImages[source],
              var first = original.chapters.first, case .figure(source, _, _)? = first.blocks.first else { return nil }
        var manuscript = original
        first.blocks.removeFirst()
        if first.title == nil, first.blocks.isEmpty, first.notes.isEmpty {
            manuscript.chapters.removeFirst()
            if !manuscript.evidence.isEmpty { manuscript.evidence.removeFirst() }
        } else {
            manuscript.chapters[0] = first
        }
        guard !manuscript.chapters.isEmpty else { return nil }
        self.manuscript = manuscript
        self.source = source
        self.data = data
    }
}
