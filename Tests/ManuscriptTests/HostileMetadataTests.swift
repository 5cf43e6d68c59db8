import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// Hostile metadata and oversized sources (issue 10): refused before Yams parses or before a
/// byte is read, with the file, the line and the limit named, never a crash.
final class HostileMetadataTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws { folder = try HostileCorpus.folder("metadata") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func load(_ path: String, options: SourceOptions = SourceOptions()) -> (book: Bool, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        let book = SourceLoader.load(path: path, options: options, sink: &sink)
        return (book != nil && !sink.hasErrors, sink.diagnostics)
    }

    /// 10,000 levels crashed Yams' recursive parser (SIGSEGV at about 4,700).
    func testDeepFlowYAMLInBookYAMLIsRefusedBeforeYamsParses() throws {
        try HostileCorpus.write(HostileCorpus.deepFlowYAML(depth: 10_000), "book.yaml", in: folder)
        try HostileCorpus.write("# One\n\nText.\n", "one.md", in: folder)
        let result = load(folder.path)
        XCTAssertFalse(result.book)
        let refusal = try XCTUnwrap(result.diagnostics.first { $0.id == "IMP-META-009" }, "\(result.diagnostics)")
        XCTAssertEqual(refusal.location?.line, 2)
        XCTAssertTrue(refusal.location?.file.hasSuffix("book.yaml") == true)
        XCTAssertTrue(refusal.message.contains("limit of 64"), refusal.message)
        XCTAssertTrue(refusal.suggestion?.contains("--limit yaml-depth=") == true)
    }

    /// Block nesting is written with indentation, so its size grows with the square of the
    /// depth (10,000 levels were 50 MB and 6 s of this suite). The guard counts indentation
    /// levels and stops at the 65th, so 1,000 levels (0.5 MB) exercise the same counting; that
    /// the guard runs before Yams, past Yams' crash depth, is what the 10,000-level flow tests
    /// above and below assert, in 20 KB each.
    func testDeepBlockYAMLInASidecarIsRefused() throws {
        let manuscript = try HostileCorpus.write("Title\n\nSome text.\n", "novel.txt", in: folder)
        try HostileCorpus.write(HostileCorpus.deepBlockYAML(depth: 1_000), "novel.yaml", in: folder)
        let result = load(manuscript)
        XCTAssertEqual(result.diagnostics.map(\.id), ["IMP-META-009"])
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2 + 64, "the line where the 65th level opens")
    }

    func testDeepYAMLInFrontMatterIsRefusedForMarkdownAndPlainText() throws {
        for (name, body) in [("a.md", "# A\n\nText.\n"), ("b.txt", "Text of b.\n")] {
            let text = "---\n" + HostileCorpus.deepFlowYAML(depth: 10_000) + "---\n\n" + body
            let path = try HostileCorpus.write(text, name, in: folder)
            let result = load(path)
            let refusal = try XCTUnwrap(result.diagnostics.first { $0.id == "IMP-META-009" }, "\(name): \(result.diagnostics)")
            XCTAssertEqual(refusal.location, SourceLocation(file: path, line: 3), name)
        }
    }

    func testCompactNestingOnOneLineIsCounted() throws {
        let yaml = "title: X\nlist: " + String(repeating: "- ", count: 10_000) + "x\n"
        XCTAssertEqual(YAMLGuard.scan(yaml, limits: .default)?.kind, .depth)
        let mixed = "title: X\nmap: " + String(repeating: "{a: [", count: 3_000) + String(repeating: "]}", count: 3_000) + "\n"
        XCTAssertEqual(YAMLGuard.scan(mixed, limits: .default)?.kind, .depth)
    }

    func testAQuoteInsideAPlainScalarHidesNoDepth() throws {
        // `x"` is a plain scalar with a quote character in it, not the start of a quoted one;
        // taken as an opening quote it ran to the end of the text and hid what followed.
        let block = "title: 5\" floppy\nsubject: it's\n" + (0..<200).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v\n"
        XCTAssertEqual(YAMLGuard.scan(block, limits: .default)?.kind, .depth)
        let flow = "title: x\"\nsubjects: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        XCTAssertEqual(YAMLGuard.scan(flow, limits: .default)?.kind, .depth)
    }

    func testHyphensAndQuestionMarksInsideWordsOpenNoLevel() throws {
        // "well-known-…" and "what?-…" are text: only `- ` or `? ` where a node may begin is an
        // indicator. Seventy-nine hyphens in a description were read as 79 levels.
        let words = (0..<80).map { _ in "well" }.joined(separator: "-")
        let yaml = "title: Dashes\ndescription: \(words)\nsubject: why?-" + String(repeating: "?-", count: 80) + "\n"
        XCTAssertNil(YAMLGuard.scan(yaml, limits: .default))
        XCTAssertEqual(YAMLGuard.scan("list: " + String(repeating: "? ", count: 100) + "x\n", limits: .default)?.kind, .depth)
    }

    func testAliasBombsAreRefused() throws {
        // 9 levels of 10: a billion values from 90 aliases, over the alias limit.
        try HostileCorpus.write(HostileCorpus.aliasBombYAML(levels: 9, fanOut: 10), "book.yaml", in: folder)
        try HostileCorpus.write("# One\n\nText.\n", "one.md", in: folder)
        XCTAssertEqual(load(folder.path).diagnostics.map(\.id), ["IMP-META-010"])
        // 7 levels of 8 (56 aliases, under the limit) still expand to 16 million: the bounded walk.
        try HostileCorpus.write(HostileCorpus.aliasBombYAML(levels: 7, fanOut: 8), "book.yaml", in: folder)
        let result = load(folder.path)
        XCTAssertEqual(result.diagnostics.map(\.id), ["IMP-META-010"])
        XCTAssertTrue(result.diagnostics.first?.message.contains("alias bomb") == true)
    }

    func testLimitsAreConfigurable() throws {
        try HostileCorpus.write(HostileCorpus.deepFlowYAML(depth: 100, key: "toc"), "book.yaml", in: folder)
        try HostileCorpus.write("# One\n\nText.\n", "one.md", in: folder)
        XCTAssertEqual(load(folder.path).diagnostics.map(\.id), ["IMP-META-009"])
        var options = SourceOptions()
        try options.limits.set("yaml-depth=200")
        XCTAssertFalse(load(folder.path, options: options).diagnostics.contains { $0.id == "IMP-META-009" })

        var limits = SourceLimits()
        try limits.set("manuscript-size=3G")
        try limits.set("yaml-aliases=5")
        XCTAssertEqual(limits.manuscriptSize, 3 << 30)
        XCTAssertEqual(limits.yamlAliases, 5)
        XCTAssertThrowsError(try limits.set("yaml-depth=lots"))
        XCTAssertThrowsError(try limits.set("stack=1"))
    }

    /// What real metadata looks like passes: nesting of a few levels, block scalars indented
    /// any way, brackets inside quotes and comments, anchors used a few times.
    func testRealMetadataIsNotRefused() throws {
        let yaml = """
            title:
              - type: main
                text: "The [Lantern-Keeper's] Daughter {1}"
              - type: subtitle
                text: 'A Story of the Skarv Light [[['
            creator:
              - role: author
                text: Elin Marsh   # [not a list
                file-as: Marsh, Elin
            description: |
              Poetry, indented:
                          far
                    and near
              [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
            defaults: &d {role: editor}
            contributor: [*d, *d]
            chapters:
              - 01.md
            """
        XCTAssertNil(YAMLGuard.scan(yaml, limits: .default))
        var sink = DiagnosticSink()
        XCTAssertNotNil(MetadataReader.read(yaml: yaml, path: "book.yaml", base: folder, sink: &sink))
        XCTAssertFalse(sink.diagnostics.contains { $0.id == "IMP-META-009" || $0.id == "IMP-META-010" })
    }

    /// A 3 GB manuscript took 6.3 GB and 30 s before it was refused as binary: now its size
    /// decides before a byte is read (a sparse file, so nothing is written).
    func testA3GBManuscriptIsRefusedFromItsSize() throws {
        let path = try HostileCorpus.sparse("huge.txt", size: 3 << 30, in: folder)
        let result = load(path)
        XCTAssertEqual(result.diagnostics.map(\.id), ["IMP-SRC-013"])
        let message = try XCTUnwrap(result.diagnostics.first)
        XCTAssertTrue(message.message.contains("3 GiB") && message.message.contains("64 MiB"), message.message)
        XCTAssertTrue(message.suggestion?.contains("--limit manuscript-size=") == true)
    }

    func testOversizedMetadataAndChapterFilesAreRefusedFromTheirSize() throws {
        try HostileCorpus.sparse("book.yaml", size: 1 << 30, in: folder)
        XCTAssertEqual(load(folder.path).diagnostics.map(\.id), ["IMP-SRC-013"])
        try HostileCorpus.write("title: T\nchapters: [one.md, big.md]\n", "book.yaml", in: folder)
        try HostileCorpus.write("# One\n\nText.\n", "one.md", in: folder)
        try HostileCorpus.sparse("big.md", size: 65 << 20, in: folder)
        let result = load(folder.path)
        XCTAssertEqual(result.diagnostics.map(\.id), ["IMP-SRC-013"])
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2, "at the chapters list that names it")
    }

    func testDevicesAndPipesAreNotRead() throws {
        try HostileCorpus.write("title: T\nchapters: [/dev/zero]\n", "book.yaml", in: folder)
        var options = SourceOptions()
        options.allowOutside = ["/dev/zero"]
        let result = load(folder.path, options: options)
        XCTAssertEqual(result.diagnostics.map(\.id), ["IMP-SRC-001"])
        XCTAssertTrue(result.diagnostics.first?.message.contains("not a regular file") == true)
    }
}
