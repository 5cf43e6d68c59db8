import BookModel
import Diagnostics

/// Reads a plain-text manuscript into chapters: the reader for `.txt` files.
///
/// Plain text carries its structure only in how it is laid out, so the reader measures the
/// file first (its paragraph layout, its Project Gutenberg frame if any) and then finds the
/// title, a contents list to drop, and the headings that start chapters, guarding against lines
/// that merely look like headings. One pass over the text, linear in its size.
public enum PlainTextReader {
    /// Chapters, title and author of `text` (decoded by `TextDecoder`); notes about what was
    /// recognised or left out go to `sink` with file, line and column.
    public static func read(_ text: String, path: String, options: ReaderOptions, sink: inout DiagnosticSink) -> Manuscript {
        var table = LineTable(TextCleanup.cleaned(text, path: path, sink: &sink))
        let pageMarkers = PageMarkers.extract(&table)
        var body = 0..<table.count
        let frame = GutenbergFrame.find(in: table)
        if let frame {
            body = frame.body
            sink.emit(.gutenbergFrameRemoved,
                      ["\(frame.headerLines)", "\(frame.trailerLines)"],
                      at: SourceLocation(file: path, line: 1, column: 1),
                      suggestion: "Nothing to do; the book's text is kept as it is between the START and END markers.")
        }
        let (layout, baseIndent) = LineLayout.detect(table, in: body)
        let units = TextUnitSplitter.split(table, body, layout: layout, baseIndent: baseIndent)
        var facts = UnitFacts.analyse(table, units)
        var rejectedFamilies: [HeadingFamilies.Rejected] = []
        _ = HeadingFamilies.find(units, &facts, rejected: &rejectedFamilies)
        var rejectedBare: [Int] = []
        let headings = HeadingResolver.resolve(units, &facts, table, rejectedBare: &rejectedBare)

        var omitted = [Bool](repeating: false, count: units.count)
        let contents = ContentsListFinder.find(units, facts, headings, table)
        for list in contents {
            for i in list { omitted[i] = true }
            report(.contentsListOmitted, list, units, table, path, &sink,
                   suggestion: "Nothing to do: the book's table of contents is made from the chapter headings.")
        }
        let trailingContents = ContentsListFinder.findAtEnd(units, facts, headings.filter { !omitted[$0.unit] }, table)
        var chapterHeadings = headings.filter { !omitted[$0.unit] && trailingContents?.contains($0.unit) != true }
        let listed = ContentsListFinder.listedTitles(contents, units, facts, chapterHeadings, table)
        if !listed.isEmpty { chapterHeadings = (chapterHeadings + listed).sorted { $0.unit < $1.unit } }
        if chapterHeadings.isEmpty { chapterHeadings = poemTitles(units, facts) }
        let firstChapter = min(contents.first?.lowerBound ?? units.count, chapterHeadings.first?.unit ?? units.count)
        let editorial = EditorialNote.leading(table, units, before: firstChapter)
        if let editorial {
            for i in editorial { omitted[i] = true }
            report(.transcriberNoteOmitted, editorial, units, table, path, &sink,
                   suggestion: "If the note belongs in the book, move it under a heading such as \"Transcriber's Note\" after the text.")
        }
        let opening = OpeningMatter.find(units, facts, table, start: editorial?.upperBound ?? 0, end: firstChapter,
                                         hasHeadings: !chapterHeadings.isEmpty,
                                         baseIndent: baseIndent, frameTitle: frame?.title, frameAuthor: frame?.author)
        for i in opening.consumed { omitted[i] = true }
        // A transcriber's note right under the title ("MOBY DICK" / "By …" / "Original
        // Transcriber's Notes: …") is the edition's as much as one above it.
        let afterTitle = max((opening.consumed.max() ?? -1) + 1, editorial?.upperBound ?? 0)
        if opening.titlePage == nil, !opening.consumed.isEmpty,
           let note = EditorialNote.leading(table, units, from: afterTitle, before: firstChapter) {
            for i in note { omitted[i] = true }
            report(.transcriberNoteOmitted, note, units, table, path, &sink,
                   suggestion: "If the note belongs in the book, move it under a heading such as \"Transcriber's Note\" after the text.")
        }
        if let page = opening.omittedTitlePage {
            for i in page { omitted[i] = true }
            report(.titlePageOmitted, page, units, table, path, &sink,
                   suggestion: "A dedication (\"To …\") or an epigraph (a quotation) after them is kept; if these lines belong in the book too, put them under a heading such as \"Frontispiece\".")
        }
        var tail: Range<Int>?
        if frame != nil, let last = chapterHeadings.last {
            tail = ClosingMatter.afterTheEnd(units, facts, lastHeadingUnit: last.lastUnit)
        }
        if let list = trailingContents, tail.map({ $0.contains(list.lowerBound) }) != true {
            for i in list { omitted[i] = true }
            report(.contentsListOmitted, list, units, table, path, &sink,
                   suggestion: "Nothing to do: the book's table of contents is made from the chapter headings.")
        }
        // Front and back matter headed by a line of capitals no division word names.
        if let first = chapterHeadings.first, let last = chapterHeadings.last, opening.titlePage == nil {
            let frontStart = (omitted[..<first.unit].lastIndex(of: true) ?? -1) + 1
            let backEnd = min(tail?.lowerBound ?? units.count, trailingContents?.lowerBound ?? units.count)
            let divisions = CapitalsDivisions.find(units, facts, table, front: frontStart..<first.unit,
                                                   back: (last.lastUnit + 1)..<max(last.lastUnit + 1, backEnd),
                                                   chapters: chapterHeadings, bookTitle: opening.title)
            // A half-title before the first chapter is left out like the title page.
            for i in frontStart..<first.unit where units[i].isSingleLine && units[i].blankAfter && !omitted[i]
                && facts[i].line.map({ CapitalsDivisions.isHalfTitle($0, of: opening.title) }) == true {
                omitted[i] = true
                report(.titlePageOmitted, i..<(i + 1), units, table, path, &sink,
                       suggestion: "Nothing to do: the book's title is on its own title page.")
            }
            if !divisions.isEmpty { chapterHeadings = (chapterHeadings + divisions).sorted { $0.unit < $1.unit } }
        }
        // Matter headed in title or sentence case by what it is ("Notes", "Advertisement to
        // this Fourth Edition"), before the run of chapters or after it; a printed title page
        // before it is left out already.
        if let run = MatterDivisions.mainRun(chapterHeadings) {
            let start = chapterHeadings[run.lowerBound].unit
            let frontStart = (omitted[..<start].lastIndex(of: true) ?? -1) + 1
            let backEnd = min(tail?.lowerBound ?? units.count, trailingContents?.lowerBound ?? units.count)
            let used = Set(chapterHeadings.flatMap { [$0.unit] + ($0.titleUnit.map { [$0] } ?? []) })
            let runEnd = chapterHeadings[run.upperBound].lastUnit + 1
            let matter = MatterDivisions.find(units, facts, table, front: frontStart..<max(frontStart, start),
                                              back: runEnd..<max(runEnd, backEnd), chapters: chapterHeadings,
                                              omitted: omitted, bookTitle: opening.title).filter { !used.contains($0.unit) }
            for m in matter { facts[m.unit].nearMiss = false }
            if !matter.isEmpty { chapterHeadings = (chapterHeadings + matter).sorted { $0.unit < $1.unit } }
        }
        PartNesting.apply(&chapterHeadings)
        if let tail {
            for i in tail { omitted[i] = true }
            report(.backMatterOmitted, tail, units, table, path, &sink,
                   suggestion: "If these pages belong in the book, give them a heading such as \"Appendix\".")
        }

        for list in contents + [trailingContents].compactMap({ $0 }) where omitted[list.lowerBound] {
            let unmatched = ContentsListFinder.unmatchedEntries(list, units, facts, chapterHeadings, table)
            guard !unmatched.isEmpty, let last = list.last else { continue }
            let from = table[units[list.lowerBound].first]
            let shown = unmatched.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (unmatched.count > 5 ? ", …" : "")
            sink.emit(.contentsEntriesUnmatched, ["\(from.number)", "\(table[units[last].lines.upperBound - 1].number)", "\(unmatched.count)", shown],
                      at: SourceLocation(file: path, line: from.number, column: from.indent + 1),
                      suggestion: "A heading the list names may have been missed: find it in the text and mark it \"# Title\".")
        }
        ReadingNotes.headingsNotTaken(units, facts, table, families: rejectedFamilies.filter { !omitted[$0.units[0]] },
                                      bare: rejectedBare.filter { !omitted[$0] }, omitted: omitted, path: path, sink: &sink)
        let candidates = paragraphCandidates(units, omitted: omitted, headings: chapterHeadings)
        ReadingNotes.typedMarks(candidates, table, smart: options.smartTypography, path: path, sink: &sink)
        var builder = PlainChapterBuilder(table: table, layout: layout, baseIndent: baseIndent,
                                          smart: options.smartTypography, path: path)
        builder.pageMarkers = pageMarkers
        builder.prepareParagraphs(candidates)
        var next = 0
        // The dedication and epigraph kept from the title page, as front matter.
        for matter in opening.keptMatter {
            builder.startMatter(matter.kind, at: units[matter.units.lowerBound])
            addUnits(matter.units, units, omitted, &builder)
            next = matter.units.upperBound
        }
        // Marked sections ("## Title") sit inside their chapter like numbered scenes.
        let scenes = sceneNumbers(chapterHeadings).union(chapterHeadings.filter { $0.match.marked == 2 }.map(\.unit))
        for h in chapterHeadings {
            addUnits(next..<h.unit, units, omitted, &builder)
            if scenes.contains(h.unit) {
                builder.addPageMarkers(before: units[h.unit].lines)
                builder.addSceneHeading(h)
            } else {
                builder.start(h, units: units)
            }
            for i in h.keptInside where !omitted[i] { builder.add(units[i]) }
            next = h.lastUnit + 1
        }
        addUnits(next..<units.count, units, omitted, &builder)
        var chapters = builder.finish()
        for marker in builder.pageMarkers.unplaced {
            sink.emit(.pageMarkerLeftOut, ["[page \(marker.label)]"], at: SourceLocation(file: path, line: marker.line, column: 1),
                      suggestion: "The text around it was left out of the book; move the marker into the book's text or remove it.")
        }
        ChapterOutline.assignDepths(&chapters)
        ChapterOutline.checkNumbering(chapters, builder.headings, sink: &sink)
        if chapters.allSatisfy({ $0.blocks.isEmpty && $0.title == nil }) {
            sink.emit(.fileEmpty, ["the manuscript has no text to make a book of" + (opening.title.map { " (only its title, \"\($0)\")" } ?? "")],
                      at: SourceLocation(file: path), suggestion: "Write the manuscript's text into the file.")
        }
        // Emphasis markers go and quotes curl, as in the headings ("_Dracula_", "Flann O'Brien").
        let title = opening.title.map { InlineText.make($0, smart: options.smartTypography).plainText }
        let author = opening.author.map { InlineText.make($0, smart: options.smartTypography).plainText }
        var manuscript = Manuscript(path: path, detectedTitle: title, detectedAuthor: author, chapters: chapters)
        manuscript.detectedSubtitle = opening.subtitle.map { InlineText.make($0, smart: options.smartTypography).plainText }
        manuscript.evidence = builder.headings.map { $0?.evidence }
        manuscript.paragraphLayout = layout.description
        return manuscript
    }

    /// A collection of poems: a line standing alone in capitals or title case with a stanza
    /// right under it titles a poem, which becomes a chapter. Only in a text with no other
    /// headings and at least two such titles; before, the titles were paragraphs and the whole
    /// collection one chapter.
    static func poemTitles(_ units: [TextUnit], _ facts: [UnitFacts]) -> [ResolvedHeading] {
        func isTitle(_ i: Int) -> Bool {
            guard units[i].kind == .text, !units[i].isVerse, units[i].isSingleLine, units[i].blankBefore, units[i].blankAfter,
                  let line = facts[i].line, line.count <= 60 else { return false }
            return TitleShape.isHeadingText(line)
        }
        let overStanzas = units.indices.dropLast().filter { isTitle($0) && units[$0 + 1].isVerse }
        guard overStanzas.count >= 2 else { return [] }
        // Once the collection is known, a title over a one-line poem counts too.
        let all = units.indices.dropLast().filter {
            isTitle($0) && (units[$0 + 1].isVerse || (units[$0 + 1].isSingleLine && !isTitle($0 + 1) && facts[$0 + 1].words <= 12))
        }
        return all.enumerated().map { n, i in
            let line = facts[i].line ?? ""
            let match = HeadingMatch(kind: .chapter, form: .named, number: nil, hasOwnTitle: true, text: line,
                                     identity: "poem \(n + 1)")
            return ResolvedHeading(match: match, unit: i, title: line, hasProse: true)
        }
    }

    /// Bare numbers ("1.", "2") that number the scenes of a chapter rather than chapters: they
    /// come after a keyword chapter heading ("Chapter One: Arrival", "CHAPTER IV") and start
    /// again at 1 under each. They stay headings inside their chapter. After a part ("BOOK
    /// ONE") or a named division ("Prologue"), bare numbers are chapters, as before.
    static func sceneNumbers(_ headings: [ResolvedHeading]) -> Set<Int> {
        var scenes: Set<Int> = []
        var inKeywordChapter = false
        // The number of the chapter open now, so that a bare number continuing the chapters'
        // count ("VII. THE BLUE CARBUNCLE" after "ADVENTURE VI.") is read as the next chapter,
        // not as another scene of the one before.
        var chapterNumber: Int?
        var run: [Int] = []
        var lastScene = 0
        for h in headings {
            if h.match.form == .bare {
                let n = h.match.number ?? 0
                if inKeywordChapter, let c = chapterNumber, n == c + 1, n != lastScene + 1 || h.match.hasOwnTitle && run.isEmpty {
                    // The next chapter, numbered without its word; scenes may follow under it.
                    scenes.formUnion(run)
                    run = []
                    lastScene = 0
                    chapterNumber = n
                    continue
                }
                // The run must start at 1 under its chapter heading.
                if inKeywordChapter && (!run.isEmpty || n == 1) {
                    run.append(h.unit)
                    lastScene = n
                }
                continue
            }
            scenes.formUnion(run)
            run = []
            lastScene = 0
            inKeywordChapter = h.match.kind == .chapter && h.match.form == .numbered
            chapterNumber = inKeywordChapter ? h.match.number : nil
        }
        scenes.formUnion(run)
        return scenes
    }

    /// The units the builder will add as text (not left out, not a heading's lines, not verse):
    /// nearly all become paragraphs, whose text is made beforehand on all cores.
    private static func paragraphCandidates(_ units: [TextUnit], omitted: [Bool], headings: [ResolvedHeading]) -> [TextUnit] {
        var isHeading = [Bool](repeating: false, count: units.count)
        for h in headings {
            for i in h.unit...max(h.unit, h.lastUnit) { isHeading[i] = true }
            for i in h.keptInside { isHeading[i] = false }
        }
        return units.indices.filter { !omitted[$0] && !isHeading[$0] && units[$0].kind == .text && !units[$0].isVerse }
            .map { units[$0] }
    }

    private static func addUnits(_ range: Range<Int>, _ units: [TextUnit], _ omitted: [Bool],
                                 _ builder: inout PlainChapterBuilder) {
        for i in range where !omitted[i] { builder.add(units[i]) }
    }

    private static func report(_ code: DiagnosticCode, _ range: Range<Int>, _ units: [TextUnit],
                               _ table: LineTable, _ path: String, _ sink: inout DiagnosticSink, suggestion: String) {
        guard let first = range.first, let last = range.last else { return }
        let from = table[units[first].first]
        let to = table[units[last].lines.upperBound - 1]
        sink.emit(code, ["\(from.number)", "\(to.number)"],
                  at: SourceLocation(file: path, line: from.number, column: from.indent + 1),
                  suggestion: suggestion)
    }
}
