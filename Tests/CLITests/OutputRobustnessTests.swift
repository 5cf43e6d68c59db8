import Foundation
import TestSupport
import XCTest

/// Output that cannot be written: a full disk (a file-size limit on the process, `ulimit -f`,
/// which makes writes fail past it as a full disk does) and a folder the user may not write.
/// Each gives a clear error naming the file, exit 2, keeps the previous book or report whole,
/// and leaves no temporary behind. Skipped when the binary has not been built.
final class OutputRobustnessTests: XCTestCase {
    private var folder: URL!
    private var binary = ""

    override func setUpWithError() throws {
        guard let found = ImprintBinary.locate() else {
            throw XCTSkip("the imprint binary is not built; run `swift build` first")
        }
        binary = found
        folder = try HostileCorpus.folder("output")
    }

    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    /// Runs the binary in `folder`, through `/bin/sh` when `prefix` sets something up first
    /// (`ulimit -f …`); `runAs` runs it under `setpriv` as another user.
    private func run(_ arguments: [String], shell prefix: String? = nil, runAs user: Int? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        var command = [binary] + arguments
        if let user { command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups", "--"] + command }
        if let prefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(prefix); exec \"$@\"", "sh"] + command
        } else {
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A book of about 64 KB (an incompressible image), version `version`.
    private func writeBook(version: Int) throws {
        try HostileCorpus.write(HostileCorpus.png(padding: 64 << 10), "book/plate.png", in: folder)
        try HostileCorpus.write("---\ntitle: Kept Whole\n---\n\n# One\n\nVersion \(version).\n\n![Plate](plate.png)\n",
                                "book/book.md", in: folder)
    }

    private func names(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(path).path).sorted()
    }

    private func contents(_ path: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(path)) }

    func testAFullDiskFailsTheBuildAndKeepsThePreviousBook() throws {
        try writeBook(version: 1)
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "out"]).status, 0)
        let previous = try contents("out/kept-whole.epub")
        XCTAssertGreaterThan(previous.count, 32 << 10, "the book must be larger than the limit below")
        try writeBook(version: 2)
        // dash counts `ulimit -f` in 512-byte blocks, bash in 1,024: 16 KB at most either way.
        let full = try run(["build", "book/book.md", "-o", "out"], shell: "ulimit -f 16")
        XCTAssertEqual(full.status, 2, full.output)
        XCTAssertTrue(full.output.contains("[IMP-BLD-001]") && full.output.contains("out/kept-whole.epub"), full.output)
        XCTAssertTrue(full.output.contains("File too large"), "the system's reason is passed on: \(full.output)")
        XCTAssertEqual(try contents("out/kept-whole.epub"), previous)
        XCTAssertEqual(try names("out"), ["kept-whole.epub"], "no temporary is left behind")
    }

    func testAFullDiskNeverLeavesHalfAReport() throws {
        try writeBook(version: 1)
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "out"]).status, 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        XCTAssertEqual(try run(["check", "out/kept-whole.epub", "--format", "json", "--output", "reports/report.json"]).status, 0)
        let previous = try contents("reports/report.json")
        XCTAssertGreaterThan(previous.count, 1024, "the report must be larger than the limit below")
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: previous))

        try HostileCorpus.write(Data("not an EPUB".utf8), "out/broken.epub", in: folder)
        let full = try run(["check", "out/kept-whole.epub", "out/broken.epub", "--format", "json", "--output", "reports/report.json"],
                           shell: "ulimit -f 1")
        XCTAssertEqual(full.status, 2, full.output)
        XCTAssertTrue(full.output.contains("reports/report.json"), full.output)
        XCTAssertEqual(try contents("reports/report.json"), previous, "the previous report is kept whole")
        XCTAssertEqual(try names("reports"), ["report.json"], "no temporary is left behind")
    }

    func testAReadOnlyOutputFolderFailsTheBuildAndKeepsThePreviousBook() throws {
        try writeBook(version: 1)
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "out"]).status, 0)
        let previous = try contents("out/kept-whole.epub")
        try writeBook(version: 2)
        let out = folder.appendingPathComponent("out").path
        // Root writes everywhere: as root, the build runs as `nobody`, for whom the folder
        // (root's, 0755) is read-only; otherwise the folder is made read-only.
        let asRoot = getuid() == 0
        if asRoot {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("setpriv is needed to drop root") }
            chmod(folder.path, 0o755)
        } else {
            chmod(out, 0o555)
        }
        defer { chmod(out, 0o755) }
        let refused = try run(["build", "book/book.md", "-o", "out"], runAs: asRoot ? 65534 : nil)
        XCTAssertEqual(refused.status, 2, refused.output)
        XCTAssertTrue(refused.output.contains("[IMP-BLD-001]") && refused.output.contains("out"), refused.output)
        XCTAssertTrue(refused.output.contains("Permission denied") || refused.output.contains("not writable"), refused.output)
        XCTAssertEqual(try contents("out/kept-whole.epub"), previous)
        XCTAssertEqual(try names("out"), ["kept-whole.epub"])
    }
}
