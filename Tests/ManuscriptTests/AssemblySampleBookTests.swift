import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// The sample book in Fixtures/books/sample: five chapters (four Markdown, one plain text),
/// book.yaml with pandoc's keys, a cover, a map, footnotes, front and back matter.
final class AssemblySampleBookTests: XCTestCase {
    let folder = testDirectory().appendingPathComponent("Fixtures/books/sample")

    private func load(_ path: String? = nil, options: SourceOptions = SourceOptions()) throws -> (Book, DiagnosticSink) {
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: path ?? folder.path, options: options, sink: &sink))
        return (book, sink)
    }

    func testLoadsWithoutDiagnostics() throws {
        let (_, sink) = try load()
        XCTAssertEqual(sink.diagnostics, [], "\(sink.diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" })")
    }

    func testFolderAndBookYAMLGiveTheSameBook() throws {
        let (a, _) = try load()
        let (b, _) = try load(folder.appendingPathComponent("book.yaml").path)
        XCTAssertEqual(a.chapters, b.chapters)
        XCTAssertEqual(a.metadata, b.metadata)
    }

    func testMetadata() throws {
        let (book, _) = try load()
        let m = book.metadata
        XCTAssertEqual(m.title, "The Lantern-Keeper’s Daughter")
        XCTAssertEqual(m.subtitle, "A Story of the Skarv Light")
        XCTAssertEqual(m.creators, [Contributor(name: "Elin Marsh", role: "aut", fileAs: "Marsh, Elin")])
        XCTAssertEqual(m.contributors, [Contributor(name: "Tomas Vik", role: "ill")])
        XCTAssertEqual(m.identifier, Identifier(value: "urn:isbn:9781402894626", scheme: "ISBN-13"))
        XCTAssertEqual(m.language, "en-GB")
        XCTAssertEqual(m.date, "2024-03-21")
        XCTAssertEqual(m.series, Series(name: "Tales of the Northern Coast", position: "1"))
        XCTAssertEqual(m.subjects, ["Fiction", "Lighthouses"])
        XCTAssertNil(m.direction)
        XCTAssertEqual(book.tocDepth, 2)
        XCTAssertFalse(book.endnotesDocument)
    }

    func testChaptersInOrderWithMatter() throws {
        let (book, _) = try load()
        XCTAssertEqual(book.chapters.map(\.kind), [.copyright, .dedication, .epigraph, .chapter, .chapter, .chapter, .chapter,
                                                   .epilogue, .acknowledgments, .aboutAuthor])
        XCTAssertEqual(book.chapters.map { $0.title?.plainText }, [
            nil, nil, nil, "The Lamp", "The Logbook", "Chapter Three: A Letter", "North", "Epilogue",
            "Acknowledgements", "About the Author",
        ])
        XCTAssertEqual(book.chapters.map { $0.source?.file.hasSuffix("03-a-letter.txt") ?? false }.firstIndex(of: true), 5,
                       "the plain-text chapter keeps its place and its source")
        XCTAssertEqual(book.chapters[2].blocks, [
            .paragraph([.emphasis([.text("The sea has neither meaning nor pity.")])]),
            .paragraph([.text("— Anton Chekhov")]),
        ])
        // The copyright page is made from the metadata.
        let copyright = book.chapters[0].blocks.compactMap { block -> String? in
            if case .paragraph(let c, _) = block { return c.plainText }
            return nil
        }
        XCTAssertEqual(copyright, [
            "The Lantern-Keeper’s Daughter: A Story of the Skarv Light", "Elin Marsh",
            "© 2024 Elin Marsh. Some rights reserved (CC BY 4.0).", "Published by Skerry Books, 2024",
            "Tales of the Northern Coast, book 1", "ISBN 9781402894626",
        ])
    }

    func testFootnotesAndImagesAndStylesheet() throws {
        let (book, _) = try load()
        XCTAssertEqual(book.chapters.flatMap(\.notes).map(\.id), ["fresnel", "born", "mantles"])
        XCTAssertEqual(book.coverImage, "images/cover.jpg")
        XCTAssertEqual(book.stylesheets, ["styles/sample.css"])
        XCTAssertEqual(book.resources.map { "\($0.path) \($0.mediaType)" },
                       ["images/skarv-map.png image/png", "images/cover.jpg image/jpeg", "styles/sample.css text/css"])
        let logbook = book.chapters[4]
        guard case .figure(let source, let alt, _) = logbook.blocks[1] else { return XCTFail("\(logbook.blocks[1])") }
        XCTAssertEqual(source, "images/skarv-map.png")
        XCTAssertTrue(alt.hasPrefix("A hand-drawn map"))
        XCTAssertTrue(logbook.blocks.contains { if case .table = $0 { return true } else { return false } })
        XCTAssertTrue(logbook.blocks.contains(.heading(level: 2, content: [.text("The Last Entry")], id: "the-last-entry")))
    }

    func testWithoutCover() throws {
        // The same book with its cover-image key removed: no cover, and nothing else changes.
        let scratch = try ScratchFolder()
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let from = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            var data = try Data(contentsOf: from)
            if name == "book.yaml" {
                let text = String(decoding: data, as: UTF8.self)
                data = Data(text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("cover-image:") }.joined(separator: "\n").utf8)
            }
            try scratch.write(name, data)
        }
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: scratch.url.path, options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics, [])
        XCTAssertNil(book.coverImage)
        XCTAssertFalse(book.resources.contains { $0.path.contains("cover") })
        XCTAssertEqual(book.chapters.count, 10)
    }
}
