/// pandoc's title block: `% Title`, `% Author; Author`, `% Date` as the first lines of a
/// manuscript (an older habit than YAML front matter). Lines that start with a space continue
/// the field above; an empty field (`%` alone) is skipped.
struct PandocTitleBlock {
    var title: String?
    var authors: [String] = []
    var date: String?

    /// The block at the top of `text`, and `text` with its lines blanked (line numbers kept).
    static func take(_ text: String) -> (block: PandocTitleBlock?, body: String) {
        guard text.hasPrefix("%") else { return (nil, text) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields: [String] = []
        var end = 0
        while end < lines.count, fields.count <= 3 {
            let line = lines[end]
            if line.hasPrefix("%") {
                fields.append(String(line.dropFirst()).trimmingSpaces)
            } else if line.hasPrefix(" "), !fields.isEmpty, !line.trimmingSpaces.isEmpty {
                fields[fields.count - 1] += " " + line.trimmingSpaces
            } else {
                break
            }
            end += 1
        }
        guard !fields.isEmpty, fields.count <= 3 else { return (nil, text) }
        for i in 0..<end { lines[i] = "" }
        var block = PandocTitleBlock()
        block.title = fields[0].isEmpty ? nil : fields[0]
        if fields.count > 1 {
            block.authors = fields[1].split(separator: ";").map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
        if fields.count > 2, !fields[2].isEmpty { block.date = fields[2] }
        return (block, lines.joined(separator: "\n"))
    }
}
