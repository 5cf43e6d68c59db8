import XCTest
@testable import Imprint

/// The digest behind `items[].checkSum` in the EPUBCheck-shaped report.
final class SHA256Tests: XCTestCase {
    func testKnownDigests() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Two blocks: the padding crosses into a second 64-byte block.
        XCTAssertEqual(hex(String(repeating: "a", count: 56)), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    /// EPUBCheck writes each byte without its leading zero; this is its checkSum of "mimetype".
    func testEPUBCheckHexDropsLeadingZeros() {
        XCTAssertEqual(SHA256.epubCheckHex(Array("application/epub+zip".utf8)),
                       "e468e350d1143eb648f6c7bbd63111ec544a361ca74ecef256ac91f48b")
    }
}
