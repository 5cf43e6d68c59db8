import Diagnostics
import Foundation
import Imprint
import TestSupport
import XCTest

/// Every input the fuzzers (`fuzz/`) found that broke Imprint, kept as a fixture in
/// `Fixtures/fuzz/` under a name that says what it is, and built as `imprint build` builds it:
/// the author's mistake is named at its line, and the book never fails Imprint's own checks
/// (IMP-BLD-002, an Imprint bug) again. A `.yaml` finding is the metadata file beside a
/// one-chapter manuscript.
final class FuzzFindingsTests: XCTestCase {
    /// What each finding must now report, beyond never IMP-BLD-002.
    private let expected: [String: [String]] = [
        // `<https://examp]:8080/status>`: `]` in a host is no URL; the link was kept and the
        // XHTML broke the renderer's contract. Now the link is dropped and its text kept.
        "markdown-autolink-bracket-in-host.md": ["IMP-MD-002"],
        // `<a href="https://exampler sent. They … Te.com">`: spaces in the host; percent-encoded,
        // the link failed the book's own check (RSC-020). Now the link is dropped, text kept (the
        // rest is the raw HTML the fuzzer mixed in: a script, an unclosed iframe, a link to a file).
        "markdown-raw-link-space-in-host.md": ["IMP-MD-001", "IMP-MD-002", "IMP-MD-003", "IMP-MD-005"],
        // `urn:uuid:6f0a3c1Óe-…`: written as given, the book failed its own check (OPF-085).
        "yaml-urn-uuid-not-a-uuid.yaml": ["IMP-META-003"],
    ]

    private var output: URL!
    override func setUpWithError() throws { output = try HostileCorpus.folder("fuzz-findings") }
    override func tearDownWithError() throws { if let output { try? FileManager.default.removeItem(at: output) } }

    func testEveryFindingIsNamedAsTheAuthorsAndNeverAsAnImprintBug() throws {
        let folder = testDirectory().appendingPathComponent("Fixtures/fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(names, expected.keys.sorted(), "every finding has its expectation here")
        for name in names {
            var input = folder.appendingPathComponent(name).path
            if name.hasSuffix(".yaml") {
                let book = output.appendingPathComponent(name + "-book")
                try HostileCorpus.write(try Data(contentsOf: URL(fileURLWithPath: input)), "one.yaml", in: book)
                input = try HostileCorpus.write("# One\n\nIt was a dark night.\n", "one.md", in: book)
            }
            let outcome = BookBuilder.build(BuildRequest(inputs: [input], outputDirectory: output.appendingPathComponent(name).path,
                                                         date: Date(timeIntervalSince1970: 1_700_000_000), jobs: 1))
            let ids = (outcome.diagnostics + outcome.books.flatMap(\.diagnostics)).map(\.id)
            XCTAssertFalse(ids.contains("IMP-BLD-002"), "\(name): \(ids)")
            XCTAssertEqual(Array(Set(ids)).sorted(), expected[name], name)
        }
    }
}
