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

            Each input is a book of its own (a manuscript, a book.yaml, each manuscript of a \
            folder), unless the inputs are one book in pandoc's way: with -o FILE.epub, or \
            with a metadata YAML file named beside manuscripts, they make one book, chapters \
            in the order given, the YAML its metadata:
              imprint build metadata.yaml ch1.md ch2.md ch3.md -o book.epub
            pandoc's EPUB options mean what they mean in pandoc; docs/from-pandoc.md lists \
            them and what Imprint does instead of the others.

            Exit codes:
              0  every book was built
              1  a book failed to build
              2  usage or I/O error: bad options, a missing input, a folder without manuscripts, \
            an unwritable output folder, book path or --output
            """)

    @Argument(help: ArgumentHelp("Manuscripts (.txt, .md, .docx, .odt), folders of them, or book.yaml projects (default: seeds/).",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.customShort("o"), .customLong("output-dir")],
            help: ArgumentHelp("The folder books are written to; or, ending in .epub, the one book the inputs make together (as in pandoc).",
                               valueName: "dir|file.epub"))
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

    @Option(name: [.customLong("split-level"), .customLong("epub-chapter-level")],
            help: "The Markdown heading level that starts a chapter (default: parts and chapters found from the levels used).")
    var splitLevel: Int?

    @Option(name: .customLong("top-level-division"),
            help: ArgumentHelp("pandoc's: part makes level-1 headings parts and level-2 headings chapters (--split-level 2); chapter or section, level-1 headings chapters.",
                               valueName: "part|chapter|section"))
    var topLevelDivision: String?

    @Option(name: .customLong("toc-depth"), help: "Heading levels in the table of contents.")
    var tocDepth: Int?

    @Flag(help: "Collect notes into one endnotes document at the end of the book.")
    var endnotes = false

    @Flag(name: .customLong("allow-remote"), help: "Keep http(s) images as remote resources instead of reporting an error.")
    var allowRemote = false

    @Flag(name: .customLong("no-generated-cover"),
          help: "Give a book without a cover image no cover, instead of a generated typographic one.")
    var noGeneratedCover = false

    @Option(name: [.customLong("cover"), .customLong("cover-image"), .customLong("epub-cover-image")],
            help: ArgumentHelp("A cover image.", valueName: "file"))
    var cover: String?

    @Option(name: [.customShort("c"), .customLong("css")],
            help: ArgumentHelp("A stylesheet to use instead of the metadata's, after the default one. Repeatable.", valueName: "file"))
    var stylesheets: [String] = []

    @Flag(name: .customLong("no-default-stylesheet"),
          help: "Leave out Imprint's default stylesheet: the book's own stylesheets (--css, css:) are its only styles, as with pandoc's --css.")
    var noDefaultStylesheet = false

    @Option(name: [.customLong("embed-font"), .customLong("epub-embed-font")], help: ArgumentHelp("A font file to embed. Repeatable.", valueName: "file"))
    var fonts: [String] = []

    @Option(name: .customLong("metadata-file"),
            help: ArgumentHelp("A YAML metadata file under each book's own metadata, as in pandoc. Repeatable.", valueName: "file"))
    var metadataFiles: [String] = []

    @Option(name: [.customShort("M"), .customLong("metadata")],
            help: ArgumentHelp("Set a metadata key, as in pandoc: a YAML boolean or text; no value means true. Repeatable.", valueName: "key=value"))
    var metadataValues: [String] = []

    @Option(name: .customLong("epub-metadata"),
            help: ArgumentHelp("An XML file of Dublin Core elements (<dc:rights>, <dc:subject> …) for the book's metadata, as in pandoc.", valueName: "file"))
    var epubMetadata: String?

    @Option(name: [.customShort("f"), .customShort("r"), .customLong("from"), .customLong("read")],
            help: ArgumentHelp("Read every input as this format whatever its extension: markdown (also commonmark, gfm), plain, docx or odt; +smart/-smart as in pandoc.",
                               valueName: "format"))
    var from: String?

    @Option(name: [.customShort("t"), .customShort("w"), .customLong("to"), .customLong("write")],
            help: ArgumentHelp("pandoc's output format: epub or epub3 (EPUB 3), epub2 (--epub-version 2).", valueName: "format"))
    var to: String?

    @Option(name: .customLong("epub-title-page"),
            help: ArgumentHelp("false leaves out the title page, as in pandoc.", valueName: "true|false"))
    var epubTitlePage: Bool?

    @Flag(name: [.customShort("N"), .customLong("number-sections")],
          help: "Number the parts, chapters and headings inside them by level (1, 1.1, …), as pandoc does; front and back matter are not numbered.")
    var numberSections = false

    @Flag(name: [.customLong("toc"), .customLong("table-of-contents")],
          help: "Accepted for pandoc's command lines: every book has a table of contents (--toc-depth sets its depth).")
    var toc = false

    @Flag(name: [.customShort("s"), .customLong("standalone"), .customLong("self-contained"), .customLong("embed-resources")],
          help: "Accepted for pandoc's command lines: an EPUB is always whole, with its images, stylesheets and fonts inside.")
    var standalone = false

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
        _ = try pandocSettings()
        for value in metadataValues where value.prefix(while: { $0 != "=" && $0 != ":" }).trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("-M/--metadata needs KEY=VALUE (or KEY for true), not '\(value)'")
        }
        for file in metadataFiles where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("--metadata-file \(file) does not exist")
        }
        if outputFile != nil, report.output.map(Self.namesEPUB) == true, outputDirectory != "build" {
            throw ValidationError("-o and --output both name the book; give one of them")
        }
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
        for folder in resourceFolders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--resource-path \(folder) is not a folder")
            }
        }
        for path in allowOutside where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--allow-outside \(path) does not exist")
        }
    }

    /// The one EPUB file the inputs make (`-o book.epub`, or pandoc's `--output book.epub`),
    /// when `-o` names one rather than a folder.
    var outputFile: String? {
        if Self.namesEPUB(outputDirectory) { return outputDirectory }
        if let output = report.output, Self.namesEPUB(output) { return output }
        return nil
    }

    /// `--output` names the book, not the report, when it ends in `.epub` (pandoc's habit).
    var reportOptions: ReportOptions {
        var options = report
        if let output = options.output, Self.namesEPUB(output) { options.output = nil }
        return options
    }

    /// pandoc expands `--epub-embed-font 'fonts/*.ttf'` itself when the shell did not: the
    /// matching files in name order, or the pattern as given when nothing matches (so the
    /// missing file is reported by name).
    static func expandingWildcards(_ pattern: String) -> [String] {
        guard pattern.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return [pattern] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [pattern] }
        let matches = (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
        return matches.isEmpty ? [pattern] : matches.sorted()
    }

    static func namesEPUB(_ path: String) -> Bool {
        !path.hasSuffix("/") && (path as NSString).pathExtension.lowercased() == "epub"
    }

    /// `--resource-path` folders: each value may hold several, separated by ':' as in pandoc.
    var resourceFolders: [String] {
        resourcePaths.flatMap { $0.split(separator: ":").map(String.init) }
    }

    /// What pandoc's `-f`, `-t` and `--top-level-division` ask for.
    func pandocSettings() throws -> PandocSettings {
        try PandocSettings(from: from, to: to, topLevelDivision: topLevelDivision)
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
                                    stylesheets: stylesheets, fonts: fonts.flatMap(Self.expandingWildcards))
        sources.limits = try sourceLimits()
        sources.resourcePaths = resourceFolders
        let pandoc = try pandocSettings()
        sources.format = pandoc.format
        if pandoc.noSmart { sources.reader.smartTypography = false }
        if sources.splitLevel == nil { sources.splitLevel = pandoc.splitLevel }
        if noDefaultStylesheet { sources.defaultStylesheet = false }
        sources.allowOutside = allowOutside
        let version = pandoc.epubVersion ?? (epubVersion == 2 ? .epub2 : .epub3)
        var request = BuildRequest(inputs: inputs, outputDirectory: outputFile == nil ? outputDirectory : "build", overrides: overrides,
                                   sourceOptions: sources, epubVersion: version, date: date,
                                   policy: policy, jobs: jobs ?? ParallelMap.cores)
        request.outputFile = outputFile
        request.metadataFiles = metadataFiles
        request.metadataValues = metadataValues + (epubMetadata.map { ["epub-metadata=" + $0] } ?? [])
        request.titlePage = epubTitlePage ?? true
        request.sourceOptions.numberSections = numberSections
        request.generateCover = !noGeneratedCover
        request.dryRun = dryRun
        return request
    }

    func run() throws {
        let request = try makeRequest()
        let writer = ReportWriter(options: reportOptions)
        try writer.checkWritable()
        let outcome = BookBuilder.build(request)
        // One line per book written, with the human report; a machine format on standard output
        // must stay parseable, so the lines are left out there.
        if !report.quiet && (report.format == .text || reportOptions.output != nil) {
            let lines = outcome.books.compactMap { book in
                book.output.map { BookLine.format(path: $0, chapters: book.chapters, words: book.words, bytes: book.bytes,
                                                  milliseconds: book.milliseconds) + (dryRun ? "  (dry run: not written)" : "") + "\n" }
            }
            Terminal.standardOutput.write(lines.joined())
        }
        try writer.write(outcome.report(toolVersion: ToolVersion.current))
        _ = (toc, standalone)  // accepted, meaning what Imprint does anyway
        let status = ExitStatus.forBuild(outcome)
        if status != ExitStatus.success { throw status }
    }
}
