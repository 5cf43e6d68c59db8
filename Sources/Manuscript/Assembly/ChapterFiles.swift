import BookModel
import Diagnostics
import Foundation
import Parallel

/// The chapter files of a book of many files, read in reading order: what a `book.yaml`'s
/// `chapters:` list names, or what the command line names in pandoc's way
/// (`imprint build metadata.yaml ch1.md ch2.md -o book.epub`).
///
/// Files are read side by side; what each reports joins the sink in the listed order. When no
/// split level is given, parts are found from the heading levels used across the files
/// (`CrossFileParts`), so `# Part One` alone in one file over files of `## Chapter` headings
/// nests as pandoc nests it.
struct ChapterFiles {
    /// What a chapter file's front-matter `title` names.
    enum FrontMatterTitle {
        /// That chapter (`book.yaml` projects, as static-site generators write chapter files).
        case chapter
        /// The book, later files over earlier ones (pandoc's merging of metadata blocks).
        case book
    }

    var manuscripts: [Manuscript] = []
    /// Each file's front matter, in reading order.
    var metadata: [MetadataFields] = []
    /// The front matter's configuration, later files over earlier ones (chapter lists dropped).
    var configuration = BookConfiguration()

    /// Reads `files`; `shown` gives the name a file has in diagnostics. `splitLevel` is the one
    /// the book's metadata gives (the command line's is in `options`).
    static func read(_ files: [FileReference], shown: (FileReference) -> String, splitLevel: Int?,
                     options: SourceOptions, titles: FrontMatterTitle, sink: inout DiagnosticSink) -> ChapterFiles {
        let given = options.splitLevel ?? splitLevel
        var reads = readAll(files, shown: shown, splitLevel: given ?? 1, options: options)
        if given == nil {
            let isMarkdown = files.map { ManuscriptFile.readsAsMarkdown($0.path, options: options) }
            let plan = CrossFileParts.plan(for: reads.indices.map { isMarkdown[$0] ? reads[$0].read?.manuscript : nil })
            if let plan {
                let found: [Int: Set<Int>]
                if case .parts(let parts) = plan { found = parts } else { found = [:] }
                // Read the Markdown files again with level-2 headings as chapters; every
                // level-1 heading is then a part, and those that hold no chapters stand beside
                // the parts as what their titles say.
                let markdown = files.indices.filter { isMarkdown[$0] && reads[$0].read != nil }
                let again = readAll(markdown.map { files[$0] }, shown: shown, splitLevel: 2, options: options)
                for (i, index) in markdown.enumerated() { reads[index] = again[i] }
                for index in reads.indices {
                    guard var read = reads[index].read else { continue }
                    read.manuscript.chapters = CrossFileParts.settle(read.manuscript.chapters, parts: found[index] ?? [])
                    reads[index].read = read
                }
            }
        }
        var result = ChapterFiles()
        for fileRead in reads {
            sink.append(contentsOf: fileRead.sink)
            guard let read = fileRead.read else { continue }
            var manuscript = read.manuscript
            var fields = read.frontMatter?.fields
            switch titles {
            case .chapter:
                // A chapter file's own title line ("Chapter Five" alone at the top) titles its
                // chapter, not the book.
                if let detected = manuscript.detectedTitle, !manuscript.chapters.isEmpty, manuscript.chapters[0].title == nil {
                    manuscript.chapters[0].title = [.text(detected)]
                }
                manuscript.detectedTitle = nil
                // In a book of many files, a chapter's front-matter title (as static-site
                // generators write it) titles that chapter, not the book.
                if let title = fields?.title {
                    if !manuscript.chapters.isEmpty, manuscript.chapters[0].title == nil {
                        manuscript.chapters[0].title = [.text(MetadataText.plain(title, smart: options.reader.smartTypography))]
                    }
                    fields?.title = nil
                    fields?.subtitle = nil
                }
            case .book:
                if let detected = manuscript.detectedTitle, !manuscript.chapters.isEmpty, manuscript.chapters[0].title == nil {
                    manuscript.chapters[0].title = [.text(detected)]
                }
                manuscript.detectedTitle = nil
            }
            result.manuscripts.append(manuscript)
            if let front = read.frontMatter, let fields {
                result.metadata.append(fields)
                var config = front.configuration
                config.chapters = []
                result.configuration = config.merged(over: result.configuration)
            }
        }
        return result
    }

    private static func readAll(_ files: [FileReference], shown: (FileReference) -> String, splitLevel: Int,
                                options: SourceOptions) -> [FileRead] {
        let names = files.map(shown)
        return ParallelMap.map(Array(zip(files, names))) { file, name in
            var fileSink = DiagnosticSink()
            let read = ManuscriptFile.read(file.url, displayPath: name, options: options, splitLevel: splitLevel,
                                           referencedAt: file.location, sink: &fileSink)
            return FileRead(read: read, sink: fileSink)
        }
    }
}

/// One chapter file as read, with what reading it reported.
struct FileRead: Sendable {
    var read: (manuscript: Manuscript, frontMatter: MetadataDocument?)?
    var sink: DiagnosticSink
}
