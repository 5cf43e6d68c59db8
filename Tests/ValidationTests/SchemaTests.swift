@testable import Validation
import XCTest

/// Our RELAX NG schemas compile in libxml2 (a broken one would silently skip validation).
final class SchemaTests: XCTestCase {
    func testEverySchemaCompiles() {
        XCTAssertNotNil(Schemas.container30, "ocf-container30.rng")
        XCTAssertNotNil(Schemas.container20, "ocf-container20.rng")
        XCTAssertNotNil(Schemas.encryption30, "ocf-encryption30.rng")
        XCTAssertNotNil(Schemas.encryption20, "ocf-encryption20.rng")
        XCTAssertNotNil(Schemas.signatures, "ocf-signatures.rng")
        XCTAssertNotNil(Schemas.renditionMetadata, "ocf-metadata.rng")
        XCTAssertNotNil(Schemas.renditionMapping, "rendition-mapping.rng")
        XCTAssertNotNil(Schemas.package30, "package30.rng")
        XCTAssertNotNil(Schemas.package20, "package20.rng")
        XCTAssertNotNil(Schemas.ncx, "ncx.rng")
    }
}
