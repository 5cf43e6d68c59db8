import BookModel

/// Parts found from the heading levels a book of many Markdown files actually uses, read at
/// split level 1: a level-1 heading whose section — running on through later files until the
/// next level-1 heading — holds level-2 headings, with at most a short passage (an epigraph)
/// before the first of them, is a part, and its level-2 headings are chapters.
///
/// The same rule `MarkdownConverter` applies inside one file, applied across files: a file
/// holding only `# Part One` followed by files of `## Chapter` headings, or files that each hold
/// `# Part` and `## Chapter` headings, nest as pandoc nests them, with no option.
///
/// A book of one chapter per file, each with `##` sections, has the same shape; so the rule
/// decides only on clear evidence that some such section is a part: it runs on into a later
/// file (its chapters are files of their own), or its heading reads as one ("Part One",
/// "Book II", "Deuxième partie"). Then every such section is a part. Files that use no
/// level-1 heading at all, only `##` ones, are books of level-2 chapters.
enum CrossFileParts {
    /// What the heading levels used across the files call for.
    enum Plan: Equatable {
        /// Level-1 headings that are parts (their source lines, by file index) over level-2 chapters.
        case parts([Int: Set<Int>])
        /// No level-1 heading in any file, level-2 headings in some: those are the chapters.
        case chaptersAtLevel2
    }

    /// The plan for `manuscripts` as read at split level 1 (nil: unreadable or not Markdown);
    /// nil when level 1 is right.
    static func plan(for manuscripts: [Manuscript?]) -> Plan? {
        let read = manuscripts.compactMap { $0 }
        if !read.isEmpty, !read.contains(where: { $0.chapters.contains { $0.title != nil } }),
           read.contains(where: { $0.chapters.contains { $0.blocks.contains { if case .heading(2, _, _) = $0 { return true } else { return false } } } }) {
            return .chaptersAtLevel2
        }
        let parts = find(in: manuscripts)
        return parts.isEmpty ? nil : .parts(parts)
    }

    /// A short passage under a part heading: at most this many blocks and words.
    static let maxBlocksBefore = 2
    static let maxWordsBefore = 60

    /// The source lines of the level-1 headings that are parts, by file index; empty when the
    /// book is not one of parts. `manuscripts` as read at split level 1 (nil: unreadable).
    static func find(in manuscripts: [Manuscript?]) -> [Int: Set<Int>] {
        struct Section {
            var file: Int
            var line: Int
            var chapters = 0
            var blocksBefore = 0
            var wordsBefore = 0
            var spansFiles = false
            var readsAsPart = false
        }
        var sections: [Section] = []
        var open: Section?
        for (file, manuscript) in manuscripts.enumerated() {
            guard let manuscript else { continue }
            for chapter in manuscript.chapters {
                // A titled chapter was opened by a level-1 heading; an untitled one is the text
                // before the file's first heading, which continues the open section.
                if chapter.title != nil {
                    if let done = open { sections.append(done) }
                    guard let line = chapter.source?.line else { open = nil; continue }
                    let title = chapter.title?.plainText ?? ""
                    open = Section(file: file, line: line, readsAsPart: HeadingMatcher.match(title)?.kind == .part)
                }
                guard var section = open else { continue }
                for block in chapter.blocks {
                    if case .heading(2, _, _) = block {
                        section.chapters += 1
                        if file != section.file { section.spansFiles = true }
                    } else if section.chapters == 0 {
                        section.blocksBefore += 1
                        section.wordsBefore += Chapter(title: nil, blocks: [block]).wordCount
                    }
                }
                open = section
            }
        }
        if let done = open { sections.append(done) }
        let parts = sections.filter {
            $0.chapters >= 1 && $0.blocksBefore <= maxBlocksBefore && $0.wordsBefore <= maxWordsBefore
        }
        guard parts.contains(where: { $0.spansFiles || $0.readsAsPart }) else { return [:] }
        return Dictionary(grouping: parts, by: \.file).mapValues { Set($0.map(\.line)) }
    }

    /// A file's chapters read again at split level 2, where every level-1 heading became a
    /// part: those not in `parts` (a preface, an afterword beside the parts) stand at the parts'
    /// level as what their titles say.
    static func settle(_ chapters: [Chapter], parts: Set<Int>) -> [Chapter] {
        chapters.map { chapter in
            guard chapter.kind == .part, let line = chapter.source?.line, !parts.contains(line) else { return chapter }
            var settled = chapter
            settled.kind = DivisionKinds.kind(forTitle: chapter.title?.plainText ?? "") ?? .chapter
            settled.depth = 0
            return settled
        }
    }
}
