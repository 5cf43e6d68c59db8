@testable import Manuscript
import XCTest

/// Note ids repeated in every file of a book stay unique, numbered as they always were, and
/// stepping around ids a file gave itself.
final class NoteIDsTests: XCTestCase {
    func testRepeatedIDsAreNumberedInOrder() {
        var ids = NoteIDs()
        XCTAssertEqual(ids.claim("1-3"), "1-3", "a file's own id")
        let claimed = (0..<5_000).map { _ in ids.claim("1") }
        XCTAssertEqual(claimed.prefix(4), ["1", "1-2", "1-4", "1-5"])
        XCTAssertEqual(claimed.last, "1-5001")
        XCTAssertEqual(ids.claim("1-5"), "1-5-2")
    }
}
