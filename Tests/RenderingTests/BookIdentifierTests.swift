import XCTest
@testable import Rendering

final class BookIdentifierTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func testSHA1KnownVectors() {
        // FIPS 180 examples, plus the classic pangram.
        XCTAssertEqual(hex(SHA1.hash(Array("abc".utf8))), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(SHA1.hash([UInt8]())), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
                       "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        XCTAssertEqual(hex(SHA1.hash(Array("The quick brown fox jumps over the lazy dog".utf8))),
                       "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
        XCTAssertEqual(hex(SHA1.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))),
                       "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    func testSHA1AcrossBlockBoundaries() {
        // Lengths around the 55/56/64-byte padding edges, against Python's hashlib.
        let bytes = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
        XCTAssertEqual(hex(SHA1.hash(bytes)), "ac2a264c8ec1f4232a40854e8239bc3a697ab1d2")
        for n in [55, 56, 63, 64, 65] {
            XCTAssertEqual(SHA1.hash([UInt8](repeating: 7, count: n)).count, 20)
        }
        XCTAssertNotEqual(SHA1.hash([UInt8](repeating: 0, count: 55)), SHA1.hash([UInt8](repeating: 0, count: 56)))
    }

    func testUUIDv5MatchesRFC4122Examples() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
        let dns: [UInt8] = [0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
        XCTAssertEqual(BookIdentifier.format(BookIdentifier.uuidV5(namespace: dns, name: Array("python.org".utf8))),
                       "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://imprint.invalid/book").
        XCTAssertEqual(BookIdentifier.format(BookIdentifier.namespace), "cde0ab92-7dc7-530c-8702-07f7282e6fad")
    }

    func testBookIdentifierIsVersion5OfTitleAndAuthors() {
        // Python: uuid.uuid5(namespace, "Ashes And Allies\nJane Writer").
        XCTAssertEqual(BookIdentifier.uuidV5(title: "Ashes And Allies", authors: ["Jane Writer"]),
                       "urn:uuid:4cbd5f66-85b7-5bfe-b00d-37593a81f4ca")
        XCTAssertEqual(BookIdentifier.uuidV5(title: "Ashes And Allies", authors: []),
                       "urn:uuid:af8ebe18-6c6d-5cc1-8224-eb94222503be")
    }

    func testIdentifierIgnoresSurroundingSpaceAndUnicodeNormalisation() {
        let composed = BookIdentifier.uuidV5(title: "Caf\u{E9}", authors: ["A", "B"])
        let decomposed = BookIdentifier.uuidV5(title: "  Cafe\u{301}\n", authors: [" A", "B "])
        XCTAssertEqual(composed, decomposed)
        XCTAssertEqual(composed, "urn:uuid:111dafc6-9eb9-56ac-9747-98ee96aecb9e")
        XCTAssertNotEqual(composed, BookIdentifier.uuidV5(title: "Café", authors: ["B", "A"]))
    }

    func testIdentifierShape() {
        let id = BookIdentifier.uuidV5(title: "Any", authors: ["One"])
        let uuid = id.dropFirst("urn:uuid:".count)
        XCTAssertTrue(id.hasPrefix("urn:uuid:"))
        let groups = uuid.split(separator: "-").map(\.count)
        XCTAssertEqual(groups, [8, 4, 4, 4, 12])
        XCTAssertEqual(uuid[uuid.index(uuid.startIndex, offsetBy: 14)], "5")
        XCTAssertTrue("89ab".contains(uuid[uuid.index(uuid.startIndex, offsetBy: 19)]))
    }
}
