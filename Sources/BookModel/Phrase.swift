/// The meaning of a stretch of text that HTML marks with its own phrase element: what the
/// author wrote as raw `<kbd>`, `<cite>`, `<q>` … and expects to keep.
///
/// Each renders as its element where the EPUB version has it, else as a `<span>` with a class
/// the default stylesheet styles (EPUB 2's XHTML 1.1 has no `<mark>` or `<u>`).
public enum Phrase: String, Hashable, Sendable, CaseIterable {
    /// Keys a reader presses: `<kbd>`.
    case keyboard
    /// Output of a program: `<samp>`.
    case sample
    /// A variable in a formula or program: `<var>`.
    case variable
    /// Highlighted for reference: `<mark>`.
    case highlight
    /// An inline quotation, quotation marks added by the reading system: `<q>`.
    case quotation
    /// The title of a work: `<cite>`.
    case citation
    /// The term a sentence defines: `<dfn>`.
    case definition
    /// Side comments and small print: `<small>`.
    case small
    /// Text set off without emphasis (a misspelling, a proper name in Chinese): `<u>`.
    case underline
    /// Text added to a document: `<ins>`.
    case inserted
    /// A list item's marker written out as the author wrote it (`(iv)`, `2.3.`), where the
    /// list's own counter style cannot show it: `<span class="list-marker">`.
    case listMarker
}
