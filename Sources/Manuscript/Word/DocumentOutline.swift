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
    /// The document's properties (`docProps/core.xml`, `meta.xml`): the title and authors a
    /// typed title page repeats.
    var properties = MetadataFields()

    struct Result {
        var chapters: [Chapter]
        var title: String?
        var subtitle: String?
        var author: String?
        /// The lines of a manuscript's cover page left out (contact details, a word count), for
        /// the build to name.
        var leftOutTitlePage: [String] = []
        /// The source of a picture standing alone on the document's first page (`coverPicture`).
        var cover: String?
    }

    func chapters(_ input: [DocumentPiece], notes: [String: [Block]]) -> Result {
        var pieces = input
        var result = Result(chapters: [])
        result.cover = Self.coverPicture(input)
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
        if !levels.isEmpty {
            pieces = Self.promotingPartNames(pieces, chapterLevel: split)
            pieces = Self.withoutContentsLists(pieces)
            pieces = Self.withoutLinkLists(pieces)
            let titlePage = Self.withoutTitlePage(pieces, titles: [result.title, result.subtitle, properties.title, properties.subtitle].compactMap { $0 },
                                                  authors: [result.author].compactMap { $0 } + (properties.creators ?? []).map(\.name))
            pieces = titlePage.pieces
            result.leftOutTitlePage = titlePage.leftOut
            levels = pieces.compactMap { if case .heading(let level, _, _) = $0 { return level } else { return nil } }
        }
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

    /// A cover: the document opens with a paragraph that is only a picture (no caption), and
    /// the page ends there — a page or section break, or the title or first heading, comes
    /// before any other text. The picture's source; nil for a document that opens otherwise.
    static func coverPicture(_ pieces: [DocumentPiece]) -> String? {
        guard let first = pieces.firstIndex(where: { piece in
            if case .pageBreak = piece { return false }
            if case .block(let block) = piece { return blockHasText(block) }
            return true
        }), case .block(.figure(let source, _, nil)) = pieces[first] else { return nil }
        for piece in pieces[(first + 1)...] {
            switch piece {
            case .pageBreak, .heading, .title, .subtitle, .author: return source
            case .block(let block): if blockHasText(block) { return nil }
            }
        }
        return nil
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

    /// A paragraph that names a part ("Part Two", "BOOK ONE", "Volume III", by the plain-text
    /// reader's rules) standing just before a chapter heading is a part heading, when the author
    /// styled the chapters as headings but set the part line by hand (bold, centred, large).
    /// One short line may come between them (the part's own title). A book has two parts or
    /// more: a single such line is left as the author set it.
    static func promotingPartNames(_ pieces: [DocumentPiece], chapterLevel: Int) -> [DocumentPiece] {
        var result = pieces
        var promoted = 0
        for (index, piece) in pieces.enumerated() {
            guard case .block(.paragraph(let content, _)) = piece,
                  let match = HeadingMatcher.match(content.plainText.trimmed), match.kind == .part, match.form == .numbered
            else { continue }
            var between = 0
            var next = index + 1
            while next < pieces.count {
                if case .heading(let level, _, _) = pieces[next] {
                    if level == chapterLevel {
                        result[index] = .heading(level: chapterLevel - 1, content: content, anchor: nil)
                        promoted += 1
                    }
                    break
                }
                if hasText(pieces[next]) {
                    guard between == 0, case .block(.paragraph(let line, _)) = pieces[next], line.plainText.trimmed.count <= 80 else { break }
                    between += 1
                }
                next += 1
            }
        }
        return promoted >= 2 ? result : pieces
    }

    /// A contents list the author typed or pasted (Word's own table of contents is left out by
    /// its styles, OpenDocument's by its element): a heading, or the document's start, followed
    /// by short paragraphs or list items that name, in order, headings further on. The book's
    /// navigation is made from the headings, so the list would only repeat it as a chapter.
    /// Entries that name no heading may be mixed in (a section the contents lists without a
    /// heading of its own); most of them must name one, at least two.
    static func withoutContentsLists(_ pieces: [DocumentPiece]) -> [DocumentPiece] {
        let headingKeys: [(index: Int, key: String)] = pieces.enumerated().compactMap { index, piece in
            guard case .heading(_, let content, _) = piece else { return nil }
            let key = entryKey(content.plainText)
            return key.isEmpty ? nil : (index, key)
        }
        var removed: [Range<Int>] = []
        var start = 0
        while start < pieces.count {
            // A list starts after a heading, or at the document's start before any heading.
            let isHeading: Bool
            if case .heading = pieces[start] { isHeading = true } else { isHeading = false }
            guard isHeading || start == 0 else { start += 1; continue }
            // The run of entries: short paragraphs and lists of them, up to the next heading.
            var entries: [(piece: Int, key: String)] = []
            var end = isHeading ? start + 1 : start
            scan: while end < pieces.count {
                switch pieces[end] {
                case .heading, .title, .subtitle, .author: break scan
                case .pageBreak: break
                case .block(let block):
                    guard blockHasText(block) else { break }
                    guard let texts = entryTexts(block) else { break scan }
                    for text in texts { entries.append((end, entryKey(text))) }
                }
                end += 1
            }
            // Entries name headings after the run, in order.
            var cursor = headingKeys.firstIndex { $0.index >= end } ?? headingKeys.endIndex
            var matched = 0
            var lastMatchedPiece: Int?
            for entry in entries where !entry.key.isEmpty {
                guard let found = headingKeys[cursor...].firstIndex(where: { $0.key == entry.key }) else { continue }
                matched += 1
                lastMatchedPiece = entry.piece
                cursor = found + 1
            }
            if matched >= 2, Double(matched) >= 0.6 * Double(entries.count), let last = lastMatchedPiece {
                removed.append(start..<(last + 1))
                start = last + 1
            } else {
                start += 1
            }
        }
        guard !removed.isEmpty else { return pieces }
        return pieces.enumerated().filter { index, _ in !removed.contains { $0.contains(index) } }.map(\.element)
    }

    /// A heading followed at once by a list of links into the document or to files beside it
    /// (no web or mail address), each item a link and nothing else, is navigation — the
    /// landmarks or contents of the book a document was made from (pandoc writes an EPUB's
    /// into the .docx) — and the book makes its own. Two items at least; what follows the list
    /// stays.
    static func withoutLinkLists(_ pieces: [DocumentPiece]) -> [DocumentPiece] {
        var result: [DocumentPiece] = []
        var index = 0
        while index < pieces.count {
            if case .heading = pieces[index] {
                var end = index + 1
                var lists = 0
                var onlyLinks = true
                while end < pieces.count, onlyLinks {
                    if case .heading = pieces[end] { break }
                    if case .pageBreak = pieces[end] { end += 1; continue }
                    guard case .block(let block) = pieces[end] else { onlyLinks = false; break }
                    if !blockHasText(block) { end += 1; continue }
                    guard case .list(_, _, let items) = block, items.count >= 2, items.allSatisfy(isNavigationItem) else {
                        onlyLinks = lists > 0
                        break
                    }
                    lists += 1
                    end += 1
                }
                if onlyLinks, lists > 0 {
                    index = end
                    continue
                }
            }
            result.append(pieces[index])
            index += 1
        }
        return result
    }

    static func isNavigationItem(_ item: [Block]) -> Bool {
        let content = item.filter(blockHasText)
        guard content.count == 1, case .paragraph(let inlines, _) = content[0] else { return false }
        let visible = inlines.filter { inline in
            switch inline {
            case .anchor: return false
            case .text(let text): return !text.trimmed.isEmpty
            default: return true
            }
        }
        guard visible.count == 1, case .link(let href, _, _) = visible[0] else { return false }
        let lower = href.lowercased()
        return !(lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("ftp:")
                 || lower.hasPrefix("//") || lower.hasPrefix("www."))
    }

    /// The texts of a block that could be contents entries: a short paragraph, or a list whose
    /// items are short paragraphs (nested lists too); nil for anything else.
    static func entryTexts(_ block: Block) -> [String]? {
        switch block {
        case .paragraph(let content, _):
            let text = content.plainText.trimmed
            return text.count <= 150 && !text.contains("\n") ? [text] : nil
        case .list(_, _, let items):
            var texts: [String] = []
            for item in items {
                for inner in item where blockHasText(inner) {
                    guard let more = entryTexts(inner) else { return nil }
                    texts += more
                }
            }
            return texts
        default: return nil
        }
    }

    /// A contents entry or heading reduced to what both spell alike: letters and digits, case
    /// folded, without a page number set off by a tab or a dot leader at the end.
    static func entryKey(_ text: String) -> String {
        var body = Substring(text)
        if let tab = body.lastIndex(of: "\t"), body[body.index(after: tab)...].allSatisfy({ $0.isNumber || $0.isLetter || $0 == " " }),
           body[body.index(after: tab)...].count <= 8 {
            body = body[..<tab]
        } else if let leader = body.range(of: "..", options: .backwards),
                  body[leader.upperBound...].allSatisfy({ $0 == "." || $0 == " " || $0 == "\u{2026}" || $0.isNumber }) {
            body = body[..<leader.lowerBound]
        }
        return String(body.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// A title page typed at the top of the document is left out: the book has a title page of
    /// its own made from the same metadata. The page is the opening's lines up to the last one
    /// that says nothing but the title or the author's name ("by" and the like aside); what
    /// follows it (a dedication, an epigraph) is the book's and stays. Two shapes:
    /// - every line of the page is such a line: left out silently;
    /// - a manuscript's cover page (standard manuscript format): the title and a byline after
    ///   short lines of contact details and a word count, up to fifteen lines and none of them
    ///   prose. Left out, and `leftOut` lists the other lines so the build can say so.
    /// Pictures on the page (a cover) stay: they are the author's, and only the words are made
    /// again. Anything else keeps the page as the author wrote it.
    static func withoutTitlePage(_ pieces: [DocumentPiece], titles: [String], authors: [String])
        -> (pieces: [DocumentPiece], leftOut: [String]) {
        let titleKeys = Set(titles.map(entryKey).filter { $0.count >= 3 })
        let authorKeys = Set(authors.map(entryKey).filter { $0.count >= 3 })
        let keys = titleKeys.union(authorKeys).sorted { $0.count > $1.count }
        guard !keys.isEmpty,
              let firstHeading = pieces.firstIndex(where: { if case .heading = $0 { return true } else { return false } })
        else { return (pieces, []) }
        struct Line { var index: Int; var text: String; var onlyNames: Bool; var title: Bool; var author: Bool }
        var lines: [Line] = []
        scan: for index in 0..<firstHeading {
            guard case .block(let block) = pieces[index] else { continue }
            guard blockHasText(block) else { continue }
            if case .figure = block { continue }
            guard case .paragraph(let content, _) = block else { break scan }
            if content.contains(where: Self.isImage), content.allSatisfy({ inline in
                switch inline {
                case .image, .anchor: return true
                case .text(let text): return text.trimmed.isEmpty
                default: return false
                }
            }) { continue }
            let text = content.plainText.trimmed
            let key = entryKey(text)
            var rest = key
            for name in keys { rest = rest.replacingOccurrences(of: name, with: "") }
            // What is left may be a short word joining them ("by", "von", "par").
            let onlyNames = rest.count <= 3 && rest.count < key.count
            lines.append(Line(index: index, text: text, onlyNames: onlyNames,
                              title: onlyNames && titleKeys.contains(where: key.contains),
                              author: onlyNames && authorKeys.contains(where: key.contains)))
        }
        guard let last = lines.lastIndex(where: \.onlyNames) else { return (pieces, []) }
        let page = lines[...last]
        var leftOut: [String] = []
        if !page.allSatisfy(\.onlyNames) {
            guard page.contains(where: \.title), page.contains(where: \.author), page.count <= 15,
                  page.allSatisfy({ $0.onlyNames || ($0.text.count <= 80 && $0.text.split(separator: " ").count < 12) })
            else { return (pieces, []) }
            leftOut = page.filter { !$0.onlyNames }.map(\.text)
        }
        let drop = Set(page.map(\.index))
        return (pieces.enumerated().filter { !drop.contains($0.offset) }.map(\.element), leftOut)
    }

    static func isImage(_ inline: Inline) -> Bool {
        if case .image = inline { return true }
        return false
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
