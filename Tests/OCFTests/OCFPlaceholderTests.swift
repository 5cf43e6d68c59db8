import XCTest

// Replaced by real tests as the module lands.
final class OCFModuleTests: XCTestCase {}
