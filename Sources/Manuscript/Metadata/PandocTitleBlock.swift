import BookModel
import Foundation

/// pandoc's title block (its `pandoc_title_block` extension): up to three `%` lines at the very
/// top of a file — the title, the authors (separated by `;`), the date — each continued on
/// lines that begin with a space, any of them left empty with a bare `%`.
///
/// ```
/// % The Salt Lantern
/// % Maren Holt; Per Vik
/// % 2025-03-01
/// ```
enum PandocTitleBlock {
    /// The block's metadata and how many lines it takes, or nil when the text opens otherwise.
    static func read(_ text: String) -> (fields: MetadataFields, lines: Int)? {
        guard text.hasPrefix("%") else { return nil }
        var entries: [String] = []
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
            let line = line.replacingOccurrences(of: "\r", with: "")
            if line.hasPrefix("%"), entries.count < 3 {
                entries.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if let first = line.first, first == " " || first == "\t", !entries.isEmpty,
                      !line.trimmingCharacters(in: .whitespaces).isEmpty {
                // A continuation: a title goes on, an author line adds an author.
                let more = line.trimmingCharacters(in: .whitespaces)
                entries[entries.count - 1] += (entries.count == 2 ? "; " : " ") + more
            } else {
                break
            }
            count += 1
        }
        var fields = MetadataFields()
        if let title = entries.first, !title.isEmpty { fields.title = title }
        if entries.count > 1 {
            let authors = entries[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !authors.isEmpty { fields.creators = authors.map { Contributor(name: $0, role: "aut") } }
        }
        if entries.count > 2, let date = PublicationDate.normalize(entries[2]) { fields.date = date }
        return (fields, count)
    }
}
