import BookModel
import Diagnostics

/// Cuts a word-processor document's pieces into chapters.
///
/// Headings at the split level start chapters, shallower ones parts, deeper ones are headings
/// inside the chapter. The split level is the caller's (`split-level`), else the shallowest
/// level used — except that a single top heading over deeper ones, first in the document, is
/// the book's title (as the Markdown reader treats a lone `# Title`). A document without
/// headings is cut at its page and section breaks, and at paragraphs that read as headings by
/// the plain-text reader's rules ("Chapter 3", "Prologue").
struct DocumentOutline {
    var splitLevel: Int?
    var path: String

    struct Result {
        var chapters: [Chapter]
        var title: String?
        var subtitle: String?
        var author: String?
    }

    func chapters(_ input: [DocumentPiece], notes: [String: [Block]]) -> Result {
        var pieces = input
        var result = Result(chapters: [])
        // Title and Subtitle paragraphs say what the book is called.
        pieces = pieces.filter { piece in
            switch piece {
            case .title(let content):
                if result.title == nil { result.title = content.plainText.trimmed } else { return true }
                return false
            case .subtitle(let content):
                if result.subtitle == nil { result.subtitle = content.plainText.trimmed } else { return true }
                return false
            case .author(let content):
                if result.author == nil { result.author = content.plainText.trimmed } else { return true }
                return false
            default: return true
            }
        }
        var levels = pieces.compactMap { if case .heading(let level, _, _) = $0 { return level } else { return nil } }
        if levels.isEmpty {
            pieces = Self.headingsByRules(pieces)
            levels = pieces.compactMap { if case .heading(let level, _, _) = $0 { return level } else { return nil } }
        }
        var split = splitLevel ?? levels.min() ?? 1
        if splitLevel == nil, let top = levels.min(), levels.filter({ $0 == top }).count == 1, levels.first == top,
           levels.count > 1, result.title == nil,
           let index = pieces.firstIndex(where: { if case .heading = $0 { return true } else { return false } }),
           !pieces[..<index].contains(where: Self.hasText),
           case .heading(_, let content, _) = pieces[index] {
            result.title = content.plainText.trimmed
            pieces.remove(at: index)
            split = levels.filter { $0 != top }.min() ?? split
        }
        let hasHeadings = !levels.isEmpty

        var chapters: [Chapter] = []
        var current = Chapter(title: nil, blocks: [])
        var open = false
        func close() {
            if open || !current.blocks.isEmpty || current.title != nil {
                if !(current.title == nil && current.blocks.allSatisfy({ !Self.blockHasText($0) })) {
                    chapters.append(current)
                }
            }
            open = false
        }
        for piece in pieces {
            switch piece {
            case .heading(let level, let content, let anchor) where level <= split:
                close()
                let kind = HeadingMatcher.match(content.plainText.trimmed)?.kind ?? .chapter
                current = Chapter(kind: level < split ? .part : (kind == .part ? .chapter : kind), title: content,
                                  depth: level < split ? 0 : 1, blocks: [], source: SourceLocation(file: path), anchor: anchor)
                open = true
            case .heading(let level, let content, let anchor):
                if let anchor { current.blocks.append(.paragraph([.anchor(id: anchor)])) }
                current.blocks.append(.heading(level: min(6, level - split + 1), content: content, id: nil))
            case .block(let block):
                current.blocks.append(block)
            case .title(let content), .subtitle(let content), .author(let content):
                current.blocks.append(.paragraph(content, style: .centered))
            case .pageBreak:
                if !hasHeadings, !current.blocks.isEmpty {
                    close()
                    current = Chapter(title: nil, blocks: [])
                }
            }
        }
        close()
        // Notes go with the chapter that first refers to them.
        for index in chapters.indices {
            var seen: Set<String> = []
            var order: [String] = []
            _ = ModelRewriter(image: { $0 }, noteID: { id in
                if seen.insert(id).inserted { order.append(id) }
                return id
            }).rewrite(chapters[index])
            var position = 0
            while position < order.count {
                // A note may refer to another note.
                let id = order[position]
                position += 1
                for block in notes[id] ?? [] {
                    _ = ModelRewriter(image: { $0 }, noteID: { inner in
                        if seen.insert(inner).inserted { order.append(inner) }
                        return inner
                    }).rewrite(Chapter(title: nil, blocks: [block]))
                }
            }
            chapters[index].notes = order.compactMap { id in notes[id].map { Note(id: id, blocks: $0) } }
        }
        result.chapters = chapters
        return result
    }

    /// Paragraphs that read as division headings ("Chapter 3", "PART TWO", "Epilogue") become
    /// headings when the document styled none.
    static func headingsByRules(_ pieces: [DocumentPiece]) -> [DocumentPiece] {
        pieces.map { piece in
            guard case .block(.paragraph(let content, let style)) = piece else { return piece }
            let text = content.plainText.trimmed
            guard let match = HeadingMatcher.match(text), match.form != .bare || style == .centered else { return piece }
            return .heading(level: match.kind == .part ? 1 : 2, content: content, anchor: nil)
        }
    }

    static func hasText(_ piece: DocumentPiece) -> Bool {
        if case .block(let block) = piece { return blockHasText(block) }
        return false
    }

    static func blockHasText(_ block: Block) -> Bool {
        switch block {
        case .paragraph(let content, _):
            return content.contains { if case .anchor = $0 { return false } else { return true } }
                && !(content.plainText.trimmed.isEmpty && !content.contains { if case .image = $0 { return true } else { return false } })
        default: return true
        }
    }
}

extension String {
    /// Without leading and trailing white space. Asked of every paragraph's text: text that
    /// starts and ends with a visible ASCII character (most prose) is returned as it is.
    var trimmed: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
