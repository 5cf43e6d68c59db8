import ArgumentParser
import Diagnostics
import Foundation
import Manuscript

/// `imprint outline MANUSCRIPT…`: what each manuscript will become, without building it — the
/// chapters with the line and the evidence for each heading, the text left out, the encoding
/// and paragraph layout the reader settled on, and what to look at.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show the structure Imprint reads in manuscripts, without building them.",
        discussion: """
            For each manuscript: its encoding and paragraph layout, title and author found in the \
            text, the table of contents with each heading's line and the evidence for it, numbered \
            sections, scene breaks and block quotes, the text left out (licence, contents list, \
            title page, a transcriber's note) with line ranges, and warnings (numbering gaps, a \
            chapter far longer than its neighbours, lines shaped like headings that were kept as \
            text and why, straight quotes that do not pair up, emphasis markers without a partner, \
            contents-list entries that match no heading). Exit 0 when every file was read, 2 when one could not be.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Manuscript files (.txt, .md).", valueName: "manuscript"))
    var files: [String]

    @Option(help: "text (for people) or json (for tools).")
    var format: Format = .text

    @Flag(name: .customLong("no-smart-typography"), help: "Read the text without curling quotes and dashes.")
    var noSmartTypography = false

    func run() throws {
        var outlines: [Outline] = []
        var unreadable: [Diagnostic] = []
        var options = SourceOptions()
        options.reader.smartTypography = !noSmartTypography
        for file in files {
            var sink = DiagnosticSink()
            guard let read = ManuscriptFile.read(URL(fileURLWithPath: file), displayPath: file, options: options,
                                                 splitLevel: nil, sink: &sink) else {
                unreadable += sink.diagnostics
                continue
            }
            outlines.append(Outline(read.manuscript, diagnostics: sink.diagnostics))
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(outlines)
            Terminal.standardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        case .text:
            Terminal.standardOutput.write(outlines.map(OutlineText.render).joined(separator: "\n"))
        }
        for d in unreadable {
            Terminal.standardError.write("\(d.location?.file ?? ""): \(d.severity.rawValue): [\(d.id)] \(d.message)\n")
        }
        if !unreadable.isEmpty { throw ExitCode(ExitStatus.usageError.rawValue) }
    }
}

/// The outline as a person reads it.
enum OutlineText {
    static func render(_ o: Outline) -> String {
        var out = "\(o.file)\n"
        out += "  encoding:   \(o.encoding)\n"
        if let layout = o.paragraphLayout { out += "  paragraphs: \(layout)\n" }
        if let title = o.title { out += "  title:      \(title)" + (o.subtitle.map { " — \($0)" } ?? "") + " (from the text's opening lines)\n" }
        if let author = o.author { out += "  author:     \(author) (from the text's opening lines)\n" }
        let words = o.chapters.reduce(0) { $0 + $1.words }
        out += "  contents:   \(o.chapters.count) \(o.chapters.count == 1 ? "division" : "divisions"), \(words) words\n"
        let width = String(o.chapters.compactMap(\.line).max() ?? 0).count
        for c in o.chapters {
            let line = c.line.map { String($0) } ?? "-"
            let indent = String(repeating: "  ", count: max(0, c.depth))
            out += "    line \(String(repeating: " ", count: max(0, width - line.count)))\(line)  \(indent)\(c.title)"
                + (c.subtitle.map { " — \($0)" } ?? "")
            out += "  (\(c.words) words" + (c.evidence.map { "; \($0)" } ?? "") + ")\n"
            if !c.sections.isEmpty {
                out += "    \(String(repeating: " ", count: width + 5))\(indent)  sections: \(c.sections.joined(separator: ", "))\n"
            }
        }
        if o.sceneBreaks > 0 || o.blockQuotes > 0 {
            out += "  scene breaks: \(o.sceneBreaks); block quotes: \(o.blockQuotes)\n"
        }
        for note in o.leftOut { out += "  left out:   line \(note.line.map(String.init) ?? "-"): \(note.message)\n" }
        for note in o.warnings {
            out += "  warning:    line \(note.line.map(String.init) ?? "-"): \(note.id == "outline" ? "" : "[\(note.id)] ")\(note.message)\n"
        }
        return out
    }
}
