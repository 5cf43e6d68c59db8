import BookModel

/// What laying out one division needs from its chapter alone: the labels, slugs and pandoc
/// identifiers of its title and headings, and its content scan.
///
/// Text work (collapsing whitespace, folding to ASCII, scanning every block) is most of the
/// layout's cost and needs no other chapter, so `BookLayout` works it out for all chapters
/// side by side; handing out unique ids stays one pass in reading order.
struct ChapterFacts {
    /// A heading's text as the table of contents shows it, and the ids derived from it.
    struct HeadingText {
        var label: String
        /// `IDRegistry.slug(label)`, the heading's own id unless the author gave one.
        var slug: String
        var pandocBase: String
    }

    /// The title as the table of contents shows it; empty without a title.
    var label: String
    var titleSlug: String
    var titlePandocBase: String
    var scan: ContentScan
    /// One per `scan.headings`, in the same order.
    var headings: [HeadingText]
    /// Whether the chapter's notes hold a formula (their document is declared `mathml`).
    var notesHaveMath: Bool

    init(_ chapter: Chapter) {
        label = BookLayout.label(chapter.title)
        titleSlug = chapter.title == nil ? "" : IDRegistry.slug(label)
        titlePandocBase = PandocIdentifier.base(label)
        scan = ContentScan.scan(title: chapter.title, subtitle: chapter.subtitle, blocks: chapter.blocks)
        notesHaveMath = chapter.notes.contains { ContentScan.scan(blocks: $0.blocks).hasMath }
        headings = scan.headings.map { heading in
            let label = BookLayout.label(heading.content)
            let given = heading.givenID.map(IDRegistry.sanitize) ?? ""
            return HeadingText(label: label, slug: given.isEmpty ? IDRegistry.slug(label) : "",
                               pandocBase: PandocIdentifier.base(label))
        }
    }
}
