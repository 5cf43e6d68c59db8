import Foundation
import TestSupport
import XCTest

/// What only a process shows about building hostile input: exit codes, and that a build killed
/// at any moment (SIGKILL) leaves the previous book or the new one, never a partial file, and
/// nothing the next build does not clean up. Skipped when the binary has not been built.
final class CrashSafeBuildTests: XCTestCase {
    private var folder: URL!
    private var binary = ""

    override func setUpWithError() throws {
        guard let found = ImprintBinary.locate() else {
            throw XCTSkip("the imprint binary is not built; run `swift build` first")
        }
        binary = found
        folder = try HostileCorpus.folder("crash")
    }

    override func tearDownWithError() throws { if let folder { try? FileManager.default.removeItem(at: folder) } }

    private func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = process(arguments)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A book with a large incompressible image, so writing the archive takes a while and the
    /// kills land in every phase: reading, rendering, checking, writing, renaming. The image is
    /// written with version 1 and kept; versions differ in their text.
    private func writeBook(version: Int) throws {
        if version == 1 { try HostileCorpus.write(HostileCorpus.png(padding: 3 << 20), "book/plate.png", in: folder) }
        var text = "---\ntitle: Killed Often\n---\n\n"
        for chapter in 1...10 {
            text += "# Chapter \(chapter)\n\n"
            for paragraph in 1...20 { text += "Version \(version), chapter \(chapter), paragraph \(paragraph): the keeper climbs.\n\n" }
        }
        text += "![Plate](plate.png)\n"
        try HostileCorpus.write(text, "book/book.md", in: folder)
    }

    func testBuildsKilledAtRandomMomentsLeaveTheOldOrTheNewBookAndNoStrayFiles() throws {
        let out = folder.appendingPathComponent("out").path
        let book = out + "/killed-often.epub"
        try writeBook(version: 1)
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "out"]).status, 0)
        let previous = try Data(contentsOf: URL(fileURLWithPath: book))
        try writeBook(version: 2)
        // The new book, built once elsewhere: same date, same bytes. Timed, so the kills below
        // spread over a whole build.
        let start = Date()
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "expected"]).status, 0)
        let span = max(0.05, Date().timeIntervalSince(start))
        let next = try Data(contentsOf: folder.appendingPathComponent("expected/killed-often.epub"))
        XCTAssertNotEqual(previous, next)

        // One kill at a random moment in each twelfth of the build's span (and a little past its
        // end): every phase — reading, rendering, checking, writing, renaming — is hit, where 30
        // kills at uniformly random moments only made that likely.
        let kills = 12
        var outcomes = (previous: 0, next: 0, temporaries: 0)
        for k in 0..<kills {
            try? FileManager.default.removeItem(atPath: book)
            try previous.write(to: URL(fileURLWithPath: book))
            let child = process(["build", "book/book.md", "-o", "out"])
            try child.run()
            let moment = (Double(k) + Double.random(in: 0..<1)) / Double(kills) * span * 1.1
            usleep(useconds_t(moment * 1_000_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: book))
            XCTAssertTrue(now == previous || now == next, "a killed build left a book that is neither the old nor the new one")
            if now == previous { outcomes.previous += 1 } else { outcomes.next += 1 }
            let names = try FileManager.default.contentsOfDirectory(atPath: out)
            outcomes.temporaries += names.filter { $0.hasPrefix(".") }.count
            let visible = names.filter { !$0.hasPrefix(".") }
            XCTAssertEqual(visible, ["killed-often.epub"], "nothing else looks like a book")
        }
        // The next build finishes and removes every temporary the killed ones left.
        XCTAssertEqual(try run(["build", "book/book.md", "-o", "out"]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), ["killed-often.epub"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: book)), next)
        print("killed builds: \(outcomes.previous) left the previous book, \(outcomes.next) the new one, \(outcomes.temporaries) temporaries left behind (build \(Int(span * 1000)) ms)")
    }

    func testExitCodesOfHostileBuilds() throws {
        try HostileCorpus.write("Blocked\n\nText.\n", "blocked.txt", in: folder)
        try FileManager.default.createDirectory(atPath: folder.path + "/out/blocked.epub", withIntermediateDirectories: true)
        XCTAssertEqual(try run(["build", "blocked.txt", "-o", "out"]).status, 2, "a book path that is a folder is an I/O error")

        try HostileCorpus.write(Data([0x00, 0x01, 0xFF]), "binary.txt", in: folder)
        let hidden = try run(["build", "binary.txt", "-o", "hidden", "--severity", "IMP-SRC-003=off"])
        XCTAssertEqual(hidden.status, 1)
        XCTAssertTrue(hidden.output.contains("0 ok, 1 failed"), hidden.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/hidden/binary.epub"))

        try HostileCorpus.write("Same\n\nOne.\n", "a.txt", in: folder)
        try HostileCorpus.write("Same\n\nTwo.\n", "b.txt", in: folder)
        let clash = try run(["build", "a.txt", "b.txt", "-o", "clash"])
        XCTAssertEqual(clash.status, 0)
        XCTAssertTrue(clash.output.contains("2 ok, 0 failed"), clash.output)

        try HostileCorpus.write("title: Deep\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
                                "deep/book.yaml", in: folder)
        try HostileCorpus.write("# One\n\nText.\n", "deep/one.md", in: folder)
        let deep = try run(["build", "deep", "-o", "deep-out"])
        XCTAssertEqual(deep.status, 1, "refused, not SIGSEGV")
        XCTAssertTrue(deep.output.contains("deep/book.yaml:2: error: [IMP-META-009]"), deep.output)

        try HostileCorpus.sparse("huge.txt", size: 3 << 30, in: folder)
        let huge = try run(["build", "huge.txt", "-o", "huge-out"])
        XCTAssertEqual(huge.status, 1)
        XCTAssertTrue(huge.output.contains("[IMP-SRC-013]"), huge.output)
        XCTAssertEqual(try run(["build", "huge.txt", "-o", "huge-out", "--limit", "yaml-depth=none"]).status, 2)

        try HostileCorpus.write("# Styled\n\nText.\n", "styled/styled.md", in: folder)
        let passwd = try run(["build", "styled/styled.md", "-o", "styled-out", "--css", "/etc/passwd"])
        XCTAssertEqual(passwd.status, 1)
        XCTAssertTrue(passwd.output.contains("[IMP-RES-009]") && passwd.output.contains("--allow-outside /etc/passwd"), passwd.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/styled-out/styled.epub"))
    }
}
