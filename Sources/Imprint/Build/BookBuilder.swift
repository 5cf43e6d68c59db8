import BookModel
import Diagnostics
import Dispatch
import Foundation
import Manuscript
import OCF
import Parallel
import Rendering
import Validation

/// The build pipeline: sources → book → publication → check → archive.
///
/// Each book is rendered and packed in memory, re-opened and checked with the same `Checker`
/// that `imprint check` runs, and written (atomically) only if that check found no error. A book
/// that fails leaves any earlier file of the same name untouched.
public enum BookBuilder {
    public static func build(_ request: BuildRequest) -> BuildOutcome {
        var sink = DiagnosticSink(policy: request.policy)
        let inputs = request.inputs.isEmpty ? ["seeds"] : request.inputs
        if request.inputs.isEmpty, !FileManager.default.fileExists(atPath: "seeds") {
            sink.emit(.fileUnreadable, ["no manuscript was named, and there is no seeds/ folder here to build by default"],
                      at: SourceLocation(file: "seeds"),
                      suggestion: "name the manuscripts: imprint build novel.txt [-o DIR], or run imprint build in a folder that has seeds/")
            return BuildOutcome(books: [], diagnostics: sink.diagnostics)
        }
        var request = request
        guard readMetadata(into: &request, sink: &sink) else {
            return BuildOutcome(books: [], diagnostics: sink.diagnostics)
        }
        // `-o book.epub` is pandoc's command line: images are looked for in its resource path,
        // the current folder unless --resource-path says otherwise.
        if request.outputFile != nil, request.sourceOptions.resourcePaths.isEmpty {
            request.sourceOptions.resourcePaths = [FileManager.default.currentDirectoryPath]
        }
        let sources = InputDiscovery.sources(for: request, inputs: inputs, sink: &sink)
        let folder = request.outputFile.map { file in
            let parent = (file as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        } ?? request.outputDirectory
        if !sources.isEmpty, let reason = OutputFolder.problem(folder: folder) {
            sink.emit(.outputUnwritable, ["output folder '\(folder)' is not writable: \(reason)"],
                      at: SourceLocation(file: folder),
                      suggestion: "choose another folder with -o, or fix its permissions")
            return BuildOutcome(books: [], diagnostics: sink.diagnostics)
        }
        // Temporaries of builds that were killed (their process is gone) are removed first.
        if !sources.isEmpty { BookOutput.removeStale(in: folder) }
        let date = request.date ?? Date()
        // What every book needs later (schemas, the slug's transliterator) is made on an idle
        // core while the first manuscript is read.
        if !sources.isEmpty { BuildWarmUp.start(request.epubVersion) }
        defer { BuildWarmUp.finish() }

        // Books are independent: build them on all cores, keep results in input order.
        let results = ParallelMap.map(sources, workers: request.jobs) { source in
            assemble(source: source, request: request, date: date, folder: folder)
        }

        // Names are chosen after all books are made so clashes are settled the same way every run.
        var books: [BuiltBook] = []
        var taken: [String: String] = [:]
        for var result in results {
            var bookSink = DiagnosticSink(policy: request.policy)
            if let data = result.data, let title = result.book.title {
                var name = BookFileName.slug(title)
                if let other = taken[name] {
                    let alternative = BookFileName.slug(title + " " + ((result.book.source as NSString).lastPathComponent as NSString).deletingPathExtension)
                    bookSink.emit(.outputClash,
                              ["\(result.book.source)", "\(other)", "\(title)", "\(alternative)"],
                              at: SourceLocation(file: result.book.source),
                              suggestion: "give the books different titles (--title or a metadata file)")
                    name = alternative
                }
                // What is written and what the report says follow the same findings: a book
                // whose findings (after --severity) hold an error is not written.
                if !bookSink.hasErrors {
                    taken[name] = result.book.source
                    let path = request.outputFile ?? (request.outputDirectory as NSString).appendingPathComponent(name + ".epub")
                    do {
                        // Staged (written and flushed) on the book's own core once it passed its check.
                        let temporary = try result.staged?.get() ?? BookOutput.stage(data, named: name + ".epub", in: folder)
                        result.staged = nil
                        try BookOutput.commit(temporary, to: path, rename: !request.dryRun)
                        result.book.output = path
                        result.book.bytes = data.count
                    } catch {
                        bookSink.emit(.outputUnwritable, ["\(error); nothing was written"],
                                  at: SourceLocation(file: path),
                                  suggestion: "remove or rename what is in the way, or choose another folder with -o; check its permissions and free space")
                    }
                }
            }
            // A staged book that is not written (its name's finding is an error) leaves nothing.
            if case .success(let temporary)? = result.staged { BookOutput.discard(temporary) }
            result.book.diagnostics += bookSink.diagnostics
            if result.book.output == nil, !result.book.diagnostics.contains(where: { $0.severity >= .error }) {
                // A book that was not written never passes, whatever --severity hid: the report,
                // the exit code and the output folder must agree. Not subject to the policy.
                result.book.diagnostics.append(Diagnostic(
                    severity: DiagnosticCode.bookNotWritten.severity, id: DiagnosticCode.bookNotWritten.id,
                    message: "\(result.failure ?? "the book could not be made"); nothing was written",
                    location: SourceLocation(file: result.book.source),
                    suggestion: "undo the --severity option that turned the finding off or down (a book that fails is never written), and fix what it reports"))
            }
            books.append(result.book)
        }
        return BuildOutcome(books: books, diagnostics: sink.diagnostics)
    }

    struct BookResult {
        var book: BuiltBook
        var data: Data?
        /// Why there is no data, in words, for the report when no finding says so.
        var failure: String?
        /// The data in a flushed temporary file in the output folder, or why it could not be
        /// written there; nil when the book failed.
        var staged: Result<String, any Error>?
    }

    /// Reads, renders, packs and checks one book in memory, and stages the bytes of a book that
    /// passed in `folder` (a flushed temporary file) for `build` to rename into place.
    static func assemble(source: BookSource, request: BuildRequest, date: Date, folder: String) -> BookResult {
        let start = DispatchTime.now()
        var sink = DiagnosticSink(policy: request.policy)
        var built = BuiltBook(source: source.shown, output: nil, title: nil, chapters: 0, words: 0, bytes: 0,
                              milliseconds: 0, diagnostics: [])
        var data: Data?
        var staged: Result<String, any Error>?
        var failure: String? = "the manuscript holds nothing to make a book of"
        if let book = load(source: source, request: request, sink: &sink), !sink.hasErrors {
            built.title = book.metadata.title
            // Chapters as an author counts them: the body's, not parts, the title page or notes.
            built.chapters = book.chapters.filter { $0.kind != .part && $0.kind.matter == .body }.count
            // Counting 5 million words is a walk of the whole text: each chapter on its own core.
            built.words = ParallelMap.map(book.chapters, \.wordCount).reduce(0, +)
            (data, staged, failure) = package(consume book, request: request, date: date, folder: folder, sink: &sink)
        }
        built.diagnostics = inReadingOrder(sink.diagnostics)
        built.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        if sink.hasErrors, case .success(let temporary)? = staged {
            BookOutput.discard(temporary)
            staged = nil
        }
        return BookResult(book: built, data: sink.hasErrors ? nil : data, failure: failure, staged: staged)
    }

    /// Findings as an author reads them: file by file (in the order the files first come up),
    /// then by line and column. Readers report per pass (headings, then typography …), which
    /// would print line 108 before line 77. Findings without a line lead their file.
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for d in diagnostics where fileOrder[d.location?.file ?? ""] == nil {
            fileOrder[d.location?.file ?? ""] = fileOrder.count
        }
        return diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            let key = { (l: SourceLocation?, i: Int) in (fileOrder[l?.file ?? ""] ?? 0, l?.line ?? 0, l?.column ?? 0, i) }
            return key(la, a.offset) < key(lb, b.offset)
        }.map(\.element)
    }

    static func load(source: BookSource, request: BuildRequest, sink: inout DiagnosticSink) -> Book? {
        if source.joined {
            return SourceLoader.load(files: source.paths, overrides: request.overrides, options: request.sourceOptions, sink: &sink)
        }
        return SourceLoader.load(path: source.paths[0], overrides: request.overrides, options: request.sourceOptions, sink: &sink)
    }

    /// Reads `--metadata-file` and `-M` once for every book; false when they hold errors
    /// (reported), so no book is built on half-read metadata.
    static func readMetadata(into request: inout BuildRequest, sink: inout DiagnosticSink) -> Bool {
        var local = DiagnosticSink(policy: request.policy)
        var files = MetadataDocument()
        for path in request.metadataFiles {
            guard let doc = MetadataReader.read(file: URL(fileURLWithPath: path), displayPath: path,
                                                limits: request.sourceOptions.limits, sink: &local) else { continue }
            if let first = doc.configuration.chapters.first {
                local.emit(.inputsAmbiguous,
                           ["--metadata-file \(path) lists chapters (\(first.path) …); a metadata file gives metadata only"],
                           at: first.location ?? SourceLocation(file: path),
                           suggestion: "Build it as the book (imprint build \(path)), or remove its 'chapters:' list.")
            }
            files = MetadataDocument(fields: doc.fields.merged(over: files.fields),
                                     configuration: doc.configuration.merged(over: files.configuration))
        }
        if !request.metadataFiles.isEmpty { request.sourceOptions.metadataFiles = files }
        if !request.metadataValues.isEmpty {
            request.sourceOptions.metadataValues = MetadataReader.read(commandLine: request.metadataValues,
                                                                       limits: request.sourceOptions.limits, sink: &local)
        }
        let failed = local.hasErrors
        sink.append(contentsOf: local)
        return !failed
    }

    /// Renders the book, holds it to the renderer's contract, packs it, then checks the packed
    /// bytes exactly as `imprint check` would; a book that passes is staged in `folder` (written
    /// and flushed to a temporary file) here, on the book's own core, so that with several books
    /// the flushes overlap the other books' work instead of queueing in `build`'s naming loop.
    ///
    /// Each stage's input is let go once the next has its output: the book model of a long
    /// manuscript is larger than its EPUB, and the check holds a reading of the whole book.
    static func package(_ book: consuming Book, request: BuildRequest, date: Date, folder: String,
                        sink: inout DiagnosticSink) -> (data: Data?, staged: Result<String, any Error>?, failure: String?) {
        var options = RenderOptions(epubVersion: request.epubVersion, modified: date,
                                    generator: "Imprint \(ToolVersion.current)", tocDepth: request.sourceOptions.tocDepth,
                                    generateCover: request.generateCover)
        options.titlePage = request.titlePage
        let title = book.metadata.title
        let container = BookFileName.slug(title) + ".epub"
        let source = SourceLocation(file: book.chapters.first?.source?.file ?? container)
        let publication = PublicationRenderer.render(book, options: options)
        _ = consume book

        // The contract first, then the packing. Side by side (tried: ParallelMap.both) they
        // kept the publication, the contract's documents and the deflated entries alive at once
        // and spread them over more malloc arenas: 10,000 chapters peaked at 320-329 MB against
        // 299-302 MB one after the other, for no gain in time.
        let broken = OutputContract.violations(in: publication, version: request.epubVersion, container: container)
        guard broken.isEmpty else {
            reportOwnOutputInvalid(broken, "breaks the output contract of Imprint's renderer", at: source, container: container, sink: &sink)
            return (nil, nil, "the EPUB made from this manuscript broke the output contract of Imprint's renderer (IMP-BLD-002)")
        }
        let packed = pack(consume publication, date: date)
        let data: Data, limits: ArchiveLimits
        switch packed {
        case .failure(let error):
            sink.emit(.ownOutputInvalid, ["packing the book failed: \(error)"], at: SourceLocation(file: title))
            return (nil, nil, "packing the book failed: \(error) (IMP-BLD-002)")
        case .success(let (packedData, packedLimits)):
            (data, limits) = (packedData, packedLimits)
        }
        // The book model and the rendered publication are gone; give their pages back before
        // the check, the build's peak, builds a reading of the whole book. Freed memory stays
        // with the malloc arenas of the threads that freed it otherwise, and the check's threads
        // allocate in arenas of their own (10,000 chapters peaked at 304-306 MB without this,
        // 298-299 MB with it).
        BuildMemory.giveBack()
        var check = DiagnosticSink()
        if let (listing, reread) = Archive.read(data: data, name: container, limits: limits, sink: &check) {
            _ = Checker().check(reread, listing: listing, container: container, sink: &check)
        }
        let problems = check.diagnostics.filter { $0.severity >= .warning }
        guard problems.isEmpty else {
            reportOwnOutputInvalid(problems, "failed validation", at: source, container: container, sink: &sink)
            return (nil, nil, "the EPUB made from this manuscript failed validation (IMP-BLD-002: \(problems.count) message\(problems.count == 1 ? "" : "s"), the first [\(problems[0].id)] \(problems[0].message))")
        }
        let name = request.outputFile.map { ($0 as NSString).lastPathComponent } ?? container
        return (data, Result { try BookOutput.stage(data, named: name, in: folder) }, nil)
    }

    /// Packs the book: the archive, and the limits its re-reading is held to.
    private static func pack(_ publication: consuming Publication, date: Date) -> Result<(Data, ArchiveLimits), any Error> {
        Result {
            let data = try Archive.data(publication, date: date)
            // The limits for hostile foreign EPUBs would refuse a long book of our own (10,000
            // chapters is more entries than they allow); bound the re-read by what was written.
            return (data, ArchiveLimits.admitting(publication, packedSize: data.count))
        }
    }

    /// One IMP-BLD-002 for a book whose own output failed a step, with the first findings
    /// (document, line, message) as notes for the bug report.
    private static func reportOwnOutputInvalid(_ problems: [Diagnostic], _ failure: String, at location: SourceLocation,
                                               container: String, sink: inout DiagnosticSink) {
        sink.emit(.ownOutputInvalid,
                  ["the EPUB made from this manuscript \(failure) (\(problems.count) message\(problems.count == 1 ? "" : "s")); nothing was written"],
                  at: location,
                  notes: problems.prefix(20).map { "\($0.location?.description ?? container): [\($0.id)] \($0.message)" },
                  suggestion: "this is an Imprint bug: please report it with the manuscript")
    }
}

/// Returns freed heap pages to the system between the build's stages (glibc's malloc_trim),
/// where a long book's stage has just let go of tens of megabytes.
enum BuildMemory {
    static func giveBack() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `int malloc_trim(size_t pad)`, which its Swift module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
