@testable import Validation
import XCTest

/// Our RELAX NG schemas compile in libxml2 (a broken one would silently skip validation).
final class SchemaTests: XCTestCase {
    func testEverySchemaCompiles() {
        XCTAssertNotNil(Schemas.container, "container.rng")
        XCTAssertNotNil(Schemas.package30, "package30.rng")
        XCTAssertNotNil(Schemas.package20, "package20.rng")
        XCTAssertNotNil(Schemas.ncx, "ncx.rng")
    }
}
