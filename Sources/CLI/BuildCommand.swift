import ArgumentParser
import BookModel
import Diagnostics
import Foundation
import Imprint
import Manuscript
import Parallel
import Rendering

/// `imprint build [INPUT…]`: manuscripts → EPUB books, each checked before it is written.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build EPUB books from plain-text, Markdown, Word (.docx) or OpenDocument (.odt) manuscripts.",
        discussion: """
            With no input, builds the manuscripts in seeds/ into build/. Each book is checked with \
            the same rules as `imprint check` before it is written; a book that fails leaves any \
            earlier file of the same name untouched. Set SOURCE_DATE_EPOCH (seconds since 1970) \
            for byte-identical builds.

            Exit codes:
              0  every book was built
              1  a book failed to build
              2  usage or I/O error: bad options, a missing input, a folder without manuscripts, \
            an unwritable output folder, book path or --output
            """)

    @Argument(help: ArgumentHelp("Manuscripts (.txt, .md, .docx, .odt), folders of them, or book.yaml projects (default: seeds/).",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.customShort("o"), .customLong("output-dir")], help: ArgumentHelp("The folder books are written to.", valueName: "dir"))
    var outputDirectory = "build"

    @Option(help: "The title, over what the manuscript and its metadata say.")
    var title: String?

    @Option(help: "The author, over what the manuscript and its metadata say.")
    var author: String?

    @Option(help: "The language, a BCP 47 tag such as en or pt-BR (default: from the metadata, else en).")
    var language: String?

    @Option(help: "The unique identifier (default: a UUID derived from the title and author).")
    var identifier: String?

    @Flag(name: .customLong("no-smart"), help: "Keep straight quotes, -- and ... as typed.")
    var noSmart = false

    @Option(name: .customLong("epub-version"), help: "3 (EPUB 3.3, default) or 2 (EPUB 2.0.1).")
    var epubVersion: Int = 3

    @Option(name: .customLong("split-level"), help: "The Markdown heading level that starts a chapter (default 1).")
    var splitLevel: Int?

    @Option(name: .customLong("toc-depth"), help: "Heading levels in the table of contents.")
    var tocDepth: Int?

    @Flag(help: "Collect notes into one endnotes document at the end of the book.")
    var endnotes = false

    @Flag(name: .customLong("allow-remote"), help: "Keep http(s) images as remote resources instead of reporting an error.")
    var allowRemote = false

    @Flag(name: .customLong("no-generated-cover"),
          help: "Give a book without a cover image no cover, instead of a generated typographic one.")
    var noGeneratedCover = false

    @Option(name: [.customLong("cover"), .customLong("cover-image")], help: ArgumentHelp("A cover image.", valueName: "file"))
    var cover: String?

    @Option(name: .customLong("css"), help: ArgumentHelp("A stylesheet to use instead of the metadata's. Repeatable.", valueName: "file"))
    var stylesheets: [String] = []

    @Option(name: .customLong("embed-font"), help: ArgumentHelp("A font file to embed. Repeatable.", valueName: "file"))
    var fonts: [String] = []

    @Option(name: .customLong("severity"),
            help: ArgumentHelp("Re-grade or suppress a message: ID=fatal|error|warning|info|usage|off. Repeatable.", valueName: "ID=level"))
    var severities: [String] = []

    @Option(name: .customLong("resource-path"),
            help: ArgumentHelp("A folder the book may also read images, stylesheets, fonts and chapters from; relative images not found beside their manuscript are looked for here. Repeatable.", valueName: "dir"))
    var resourcePaths: [String] = []

    @Option(name: .customLong("allow-outside"),
            help: ArgumentHelp("A file or folder outside the book's folder that it may read anyway (by default a book reads only inside the folder of its book.yaml or manuscript). Repeatable.", valueName: "path"))
    var allowOutside: [String] = []

    @Option(name: .customLong("limit"),
            help: ArgumentHelp("Raise or lower a reading limit: \(SourceLimits.names.joined(separator: "|"))=VALUE (sizes take K, M, G). Repeatable.",
                               valueName: "name=value"))
    var limits: [String] = []

    @Option(help: "Books built at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .customLong("dry-run"),
          help: "Do everything but the final rename: read, render, check and write each book to a temporary file, then remove it. For pre-commit hooks and CI.")
    var dryRun = false

    @OptionGroup var report: ReportOptions

    func validate() throws {
        if outputDirectory.isEmpty { throw ValidationError("-o needs a folder") }
        if epubVersion != 3 && epubVersion != 2 { throw ValidationError("--epub-version must be 3 or 2") }
        if let splitLevel, !(1...6).contains(splitLevel) { throw ValidationError("--split-level must be between 1 and 6") }
        if let tocDepth, !(1...6).contains(tocDepth) { throw ValidationError("--toc-depth must be between 1 and 6") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for (name, value) in [("--title", title), ("--author", author), ("--language", language), ("--identifier", identifier)] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("\(name) cannot be empty")
            }
        }
        var policy = SeverityPolicy()
        for spec in severities {
            do { try policy.add(spec) } catch { throw ValidationError("--severity \(error)") }
        }
        _ = try sourceLimits()
        for folder in resourcePaths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--resource-path \(folder) is not a folder")
            }
        }
        for path in allowOutside where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--allow-outside \(path) does not exist")
        }
    }

    /// The reading limits: defaults with each `--limit` applied in order.
    func sourceLimits() throws -> SourceLimits {
        var result = SourceLimits.default
        for spec in limits {
            do { try result.set(spec) } catch { throw ValidationError("--limit \(error)") }
        }
        return result
    }

    /// The library request these options ask for.
    func makeRequest(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BuildRequest {
        let date: Date?
        do { date = try SourceDate.fromEnvironment(environment) } catch { throw CLIError("\(error)") }
        var policy = SeverityPolicy()
        for spec in severities {
            do { try policy.add(spec) } catch { throw CLIError("--severity \(error)") }
        }
        let overrides = MetadataFields(title: title, creators: author.map { [Contributor(name: $0, role: "aut")] },
                                       language: language, identifier: identifier.map { Identifier(value: $0) })
        var sources = SourceOptions(reader: ReaderOptions(smartTypography: !noSmart), splitLevel: splitLevel, tocDepth: tocDepth,
                                    endnotes: endnotes ? true : nil, allowRemote: allowRemote, coverImage: cover,
                                    stylesheets: stylesheets, fonts: fonts)
        sources.limits = try sourceLimits()
        sources.resourcePaths = resourcePaths
        sources.allowOutside = allowOutside
        var request = BuildRequest(inputs: inputs, outputDirectory: outputDirectory, overrides: overrides,
                                   sourceOptions: sources, epubVersion: epubVersion == 2 ? .epub2 : .epub3, date: date,
                                   policy: policy, jobs: jobs ?? ParallelMap.cores)
        request.generateCover = !noGeneratedCover
        request.dryRun = dryRun
        return request
    }

    func run() throws {
        let request = try makeRequest()
        let writer = ReportWriter(options: report)
        try writer.checkWritable()
        let outcome = BookBuilder.build(request)
        // One line per book written, with the human report; a machine format on standard output
        // must stay parseable, so the lines are left out there.
        if !report.quiet && (report.format == .text || report.output != nil) {
            let lines = outcome.books.compactMap { book in
                book.output.map { BookLine.format(path: $0, chapters: book.chapters, words: book.words, bytes: book.bytes,
                                                  milliseconds: book.milliseconds) + (dryRun ? "  (dry run: not written)" : "") + "\n" }
            }
            Terminal.standardOutput.write(lines.joined())
        }
        try writer.write(outcome.report(toolVersion: ToolVersion.current))
        let status = ExitStatus.forBuild(outcome)
        if status != ExitStatus.success { throw status }
    }
}
