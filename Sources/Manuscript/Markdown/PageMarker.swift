import BookModel
import Foundation

/// A page of the print edition beginning, marked in Markdown as a bracketed span with the
/// class `pagebreak`: `[]{.pagebreak page=12}` (pandoc reads it as an empty span, so the same
/// manuscript still goes through pandoc). The page number is the `page` attribute, else the
/// span's text (`[xiv]{.pagebreak}`); nothing of it is shown. A marker inside a paragraph
/// stays inside it, one on a line of its own between paragraphs stands alone.
enum PageMarker {
    static let classes: Set<String> = ["pagebreak", "page-break"]

    /// The page break a span with these attributes stands for; nil for any other span. Without
    /// a page number the label is empty: the assembler reports it and leaves it out.
    static func pageBreak(_ content: [Inline], _ a: HeadingAttributes) -> Inline? {
        guard a.classes.contains(where: { classes.contains($0.lowercased()) }) else { return nil }
        let given = a.values["page"] ?? a.values["label"] ?? a.values["title"] ?? content.plainText
        // Smart punctuation may have curled the quotes of `page="12"` before the attributes were read.
        let unquoted = given.trimmingCharacters(in: CharacterSet(charactersIn: "\"'\u{201C}\u{201D}\u{2018}\u{2019}"))
        return .pageBreak(label: unquoted.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
