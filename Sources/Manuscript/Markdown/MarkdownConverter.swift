import BookModel
import CCmarkGFM
import Diagnostics
import Foundation

/// Walks a cmark-gfm tree into chapters: splits at headings, collects each chapter's footnotes,
/// and hands blocks and inlines to `+Blocks` and `+Inlines`.
///
/// Footnotes: cmark numbers references in order of first use and moves the definitions, in that
/// order, to the end of the document; a reference's literal is its number. The label the author
/// wrote is read back from the definition's source line, so note ids come from labels
/// (`[^ash]` → `ash`) and stay put when notes are added elsewhere.
struct MarkdownConverter {
    let context: MarkdownContext
    private(set) var splitLevel: Int
    /// Whether a lone level-1 heading over level-2 chapters is the book's title (only when no
    /// split level was asked for).
    let promotesTitle: Bool
    private(set) var detectedTitle: String?
    private(set) var detectedAuthor: String?
    static let maxDepth = 32

    private(set) var lines: [Substring] = []
    /// Footnote definitions by number - 1, and the id each label gives.
    private(set) var definitions: [CmarkNode] = []
    private(set) var baseNoteIDs: [String] = []
    /// Numbers of the notes a chapter refers to, in order, and the id each has in that chapter.
    var chapterNotes: [Int] = []
    var chapterNoteIDs: [Int: String] = [:]
    var assignedNoteIDs: Set<String> = []
    /// pandoc inline notes (`^[…]`) of the current chapter, and how many the manuscript has had.
    var pendingInlineNotes: [Note] = []
    var inlineNoteCount = 0
    var reportedDepth = false

    init(context: MarkdownContext, splitLevel: Int, promotesTitle: Bool = false) {
        self.context = context
        self.splitLevel = splitLevel
        self.promotesTitle = promotesTitle
    }

    private struct Draft {
        var title: [Inline]?
        var kind: DivisionKind = .chapter
        var depth = 1
        var line: Int?
        var language: String?
        var anchor: String?
    }

    mutating func convert(_ document: CmarkDocument, source: String) -> [Chapter] {
        let top = CmarkNode(pointer: document.root).children
        definitions = top.filter { $0.type == CMARK_NODE_FOOTNOTE_DEFINITION }
        // Source lines are needed only to read footnote labels back.
        if !definitions.isEmpty { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }
        var usedBase: Set<String> = []
        baseNoteIDs = definitions.enumerated().map { index, def in
            // The bare label (renderers add their own prefix, `fn-log`); the number when the
            // label has no ASCII letters or digits.
            var id = footnoteLabel(def).flatMap { Slug.make($0) } ?? String(index + 1)
            let base = id
            var n = 2
            while usedBase.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            usedBase.insert(id)
            return id
        }

        var body = top.filter { $0.type != CMARK_NODE_FOOTNOTE_DEFINITION }
        if promotesTitle { body = promoteTitle(body) }

        var chapters: [Chapter] = []
        var draft = Draft()
        var builder = BlockBuilder(context: context)
        var i = 0
        while i < body.count {
            let node = body[i]
            if node.type == CMARK_NODE_HEADING, node.headingLevel <= splitLevel {
                finish(draft, &builder, into: &chapters)
                draft = startChapter(node)
                builder = BlockBuilder(context: context)
                i += 1
            } else if let list = definitionList(at: i, in: body, depth: 0) {
                builder.append(list.block)
                i += list.count
            } else {
                block(node, into: &builder, depth: 0)
                i += 1
            }
        }
        finish(draft, &builder, into: &chapters)
        return AnchorPlacement.place(chapters)
    }

    /// `# Book Title` once at the top, `## Chapter …` below it: the author means a titled book
    /// of level-2 chapters, as pandoc users write when they skip the metadata block. A short
    /// "by Name" paragraph right under the title is its author.
    private mutating func promoteTitle(_ body: [CmarkNode]) -> [CmarkNode] {
        let headings = body.filter { $0.type == CMARK_NODE_HEADING }
        guard let first = headings.first, first.headingLevel == 1,
              headings.dropFirst().allSatisfy({ $0.headingLevel >= 2 }),
              headings.contains(where: { $0.headingLevel == 2 }),
              let index = body.firstIndex(where: { $0.pointer == first.pointer }),
              body[..<index].allSatisfy({ $0.type == CMARK_NODE_HTML_BLOCK }) else { return body }
        let title = plainText(first)
        guard !title.isEmpty else { return body }
        detectedTitle = title
        splitLevel = 2
        var rest = body
        rest.remove(at: index)
        if index < rest.count, rest[index].type == CMARK_NODE_PARAGRAPH {
            let line = plainText(rest[index])
            let lower = line.lowercased()
            if lower.hasPrefix("by "), line.count < 80 {
                detectedAuthor = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                rest.remove(at: index)
            }
        }
        return rest
    }

    private mutating func startChapter(_ heading: CmarkNode) -> Draft {
        let (title, attributes) = HeadingAttributes.split(inlines(of: heading, depth: 0))
        var draft = Draft(title: title.isEmpty ? nil : title, line: heading.startLine)
        let level = heading.headingLevel
        if level < splitLevel {
            draft.kind = .part
            draft.depth = 0
        } else if let kind = attributes?.divisionKind ?? DivisionKinds.kind(forTitle: title.plainText) {
            draft.kind = kind
        }
        if let lang = attributes?.values["lang"] { draft.language = lang }
        // `# Preface {#preface}`: links to #preface go to this chapter; headings inside it
        // and later ones do not take the id.
        if let wanted = attributes?.id, wanted.first?.isLetter == true, !context.usedIDs.contains(wanted) {
            context.usedIDs.insert(wanted)
            draft.anchor = wanted
        }
        return draft
    }

    private mutating func finish(_ draft: Draft, _ builder: inout BlockBuilder, into chapters: inout [Chapter]) {
        let blocks = builder.finish()
        let notes = collectNotes()
        guard draft.title != nil || !blocks.isEmpty || !notes.isEmpty else { return }
        chapters.append(Chapter(kind: draft.kind, title: draft.title, depth: draft.depth, blocks: blocks, notes: notes,
                                source: draft.line.map { context.location(line: $0) }, language: draft.language,
                                anchor: draft.anchor))
    }

    /// The chapter's notes in order of first reference, converting each definition once; notes
    /// referred to from inside notes join the list as they are found.
    private mutating func collectNotes() -> [Note] {
        var notes: [Note] = []
        var i = 0
        while i < chapterNotes.count {
            let number = chapterNotes[i]
            if let id = chapterNoteIDs[number], number >= 1, number <= definitions.count {
                var builder = BlockBuilder(context: context)
                blocks(definitions[number - 1].children, into: &builder, depth: 1)
                notes.append(Note(id: id, blocks: builder.finish()))
            }
            i += 1
        }
        chapterNotes = []
        chapterNoteIDs = [:]
        notes += pendingInlineNotes
        pendingInlineNotes = []
        return notes
    }

    /// The id of note `number` in the current chapter; a note referred to from two chapters gets
    /// a copy with its own id in the second.
    mutating func noteID(forNumber number: Int) -> String? {
        if let id = chapterNoteIDs[number] { return id }
        guard number >= 1, number <= baseNoteIDs.count else { return nil }
        var id = baseNoteIDs[number - 1]
        var n = 2
        while assignedNoteIDs.contains(id) {
            id = "\(baseNoteIDs[number - 1])-\(n)"
            n += 1
        }
        assignedNoteIDs.insert(id)
        chapterNoteIDs[number] = id
        chapterNotes.append(number)
        return id
    }

    /// `[^label]:` on the definition's first line.
    private func footnoteLabel(_ definition: CmarkNode) -> String? {
        let index = definition.startLine - 1
        guard index >= 0, index < lines.count else { return nil }
        let line = lines[index]
        guard let open = line.range(of: "[^") else { return nil }
        let rest = line[open.upperBound...]
        guard let close = rest.range(of: "]:") else { return nil }
        let label = rest[..<close.lowerBound]
        return label.isEmpty ? nil : String(label)
    }

    /// Reports, once per manuscript, that nesting went deeper than the model keeps.
    mutating func reportTooDeep(line: Int) {
        guard !reportedDepth else { return }
        reportedDepth = true
        context.emit(.markdownNestingTooDeep, ["nesting deeper than \(Self.maxDepth) levels was flattened to text"], line: line,
                     suggestion: "Nest block quotes, lists and emphasis less deeply.")
    }
}
