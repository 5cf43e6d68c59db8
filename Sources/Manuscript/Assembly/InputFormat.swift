/// The reader a manuscript is read with, when the command line says so rather than the file's
/// extension (`-f/--from` in pandoc's sense: `-f markdown` reads `chapter1.txt` as Markdown).
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case markdown
    case plainText
    case docx
    case odt

    /// pandoc's reader names, with its Markdown flavours all read by Imprint's Markdown reader
    /// (cmark-gfm with pandoc's extensions); nil for a reader Imprint does not have.
    public static func pandoc(_ name: String) -> InputFormat? {
        switch name.lowercased() {
        case "markdown", "commonmark", "commonmark_x", "gfm", "markdown_strict", "markdown_phpextra",
             "markdown_mmd", "markdown_github":
            return .markdown
        case "docx": return .docx
        case "odt": return .odt
        case "plain", "text", "txt": return .plainText
        default: return nil
        }
    }
}

extension SourceOptions {
    /// The split level a book is read at: the command line's `-M split-level` over the book's
    /// own files (`fileLevel`) over `--metadata-file`; `--split-level` is applied by the readers.
    func splitLevel(over fileLevel: Int?) -> Int? {
        metadataValues?.configuration.splitLevel ?? fileLevel ?? metadataFiles?.configuration.splitLevel
    }
}
