import BookModel
import Diagnostics
import Foundation
@testable import Manuscript
import TestSupport
import XCTest

/// Parts found from the heading levels used across the files of a book, with no option.
final class CrossFilePartsTests: XCTestCase {
    private func outline(_ book: Book) -> [String] {
        book.chapters.map { "\($0.depth) \($0.kind.rawValue) \($0.title?.plainText ?? "-")" }
    }

    func testAPartAloneInItsFileOverFilesOfChapters() throws {
        let dir = try ScratchFolder()
        try dir.write("preface.md", "# Preface\n\nWhy I wrote it.\n")
        try dir.write("p1.md", "# Part One\n\n> An epigraph.\n")
        try dir.write("c1.md", "## The Lamp\n\nText.\n\n### A section\n\nMore.\n")
        try dir.write("c2.md", "## The Logbook\n\nText.\n")
        try dir.write("p2.md", "# Part Two\n")
        try dir.write("c3.md", "## The Crossing\n\nText.\n")
        try dir.write("book.yaml", "title: T\nchapters: [preface.md, p1.md, c1.md, c2.md, p2.md, c3.md]\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.path("book.yaml"), options: SourceOptions(), sink: &sink))
        XCTAssertEqual(sink.diagnostics.filter { $0.severity >= .warning }.map(\.message), [])
        XCTAssertEqual(outline(book), ["0 preface Preface", "0 part Part One", "1 chapter The Lamp", "1 chapter The Logbook",
                                       "0 part Part Two", "1 chapter The Crossing"])
        XCTAssertTrue(book.chapters[1].blocks.contains { if case .blockquote = $0 { return true } else { return false } },
                      "the part's epigraph stays with it")
    }

    func testPartsAndChaptersInTheSameFilesWhenTheHeadingsSaySo() throws {
        let dir = try ScratchFolder()
        try dir.write("one.md", "# Part One\n\n## Arrival\n\nText.\n\n## Winter\n\nText.\n")
        try dir.write("two.md", "# Part Two\n\n## Departure\n\nText.\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(files: [dir.path("one.md"), dir.path("two.md")], options: SourceOptions(), sink: &sink))
        XCTAssertEqual(outline(book), ["0 part Part One", "1 chapter Arrival", "1 chapter Winter", "0 part Part Two", "1 chapter Departure"])
    }

    func testOneChapterPerFileWithSectionsStaysChapters() throws {
        // The same shape as parts, but nothing says part: essays with their sections.
        let dir = try ScratchFolder()
        try dir.write("a.md", "# On Maps\n\nA short opening.\n\n## What a Map Remembers\n\nText.\n\n## What It Forgets\n\nText.\n")
        try dir.write("b.md", "# The Index Card\n\n## Rules I Keep\n\nText.\n")
        try dir.write("book.yaml", "title: T\nchapters: [a.md, b.md]\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.path("book.yaml"), options: SourceOptions(), sink: &sink))
        XCTAssertEqual(outline(book), ["1 chapter On Maps", "1 chapter The Index Card"])
    }

    func testAGivenSplitLevelDecides() throws {
        let dir = try ScratchFolder()
        try dir.write("p1.md", "# Part One\n")
        try dir.write("c1.md", "## The Lamp\n\nText.\n")
        try dir.write("book.yaml", "title: T\nsplit-level: 1\nchapters: [p1.md, c1.md]\n")
        var sink = DiagnosticSink()
        let book = try XCTUnwrap(SourceLoader.load(path: dir.path("book.yaml"), options: SourceOptions(), sink: &sink))
        XCTAssertFalse(book.chapters.contains { $0.kind == .part }, outline(book).joined(separator: "; "))
    }
}
