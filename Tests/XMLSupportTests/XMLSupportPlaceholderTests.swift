import XCTest

// Replaced by real tests as the module lands.
final class XMLSupportModuleTests: XCTestCase {}
