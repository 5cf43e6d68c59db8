import Foundation
import TestSupport
import XCTest

/// A build spreads its work over the cores (the plain-text reader's line questions, rendering,
/// the contract, compression, the check) and compiles its schemas on an idle core while the
/// manuscript is read. None of that may show in the output: the book built on one core
/// (`taskset`, which `ParallelMap.cores` reads, so every map runs serially) is the same bytes
/// as the book built on all of them. Skipped without the binary or `taskset`.
final class OneCoreBuildTests: XCTestCase {
    private var folder: URL!

    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    private func build(_ binary: String, _ manuscript: String, into output: String, oneCore: Bool) throws -> Data {
        let process = Process()
        let command = (oneCore ? ["/usr/bin/taskset", "-c", "0"] : []) + [binary, "build", "--quiet", manuscript, "-o", output]
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(command)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(output).path)
            .filter { $0.hasSuffix(".epub") }
        XCTAssertEqual(written.count, 1, "\(written)")
        return try Data(contentsOf: folder.appendingPathComponent(output).appendingPathComponent(written.first ?? ""))
    }

    func testABookBuiltOnOneCoreIsTheSameBytesAsOnAll() throws {
        guard let binary = ImprintBinary.locate() else { throw XCTSkip("the imprint binary is not built; run `swift build` first") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else { throw XCTSkip("no taskset") }
        folder = try HostileCorpus.folder("one-core")
        // Headings found by family ("SERMON 7."), one-line paragraphs the family search asks
        // about, and enough chapters that every map has work for each core.
        var text = "Sermons\n\nby A. Writer\n\n"
        for n in 1...40 {
            text += "SERMON \(n).\n\n"
            for p in 1...12 { text += "And it came to pass on day \(n), line \(p), that the \"words\" were -- as ever -- many.\n\n" }
        }
        try HostileCorpus.write(text, "sermons.txt", in: folder)
        let all = try build(binary, "sermons.txt", into: "all", oneCore: false)
        let one = try build(binary, "sermons.txt", into: "one", oneCore: true)
        XCTAssertGreaterThan(all.count, 1000)
        XCTAssertEqual(all, one, "the book built on one core differs from the book built on all")
    }
}
