import Foundation
import XCTest
@testable import Rendering

final class ImageSizeTests: XCTestCase {
    func testPNG() {
        XCTAssertEqual(ImageSize.of(SampleBooks.tinyPNG).map { [$0.width, $0.height] }, [2, 2])
    }

    func testGIF() {
        let gif = Data("GIF89a".utf8) + Data([0x40, 0x01, 0xF0, 0x00, 0, 0, 0])
        XCTAssertEqual(ImageSize.of(gif).map { [$0.width, $0.height] }, [320, 240])
    }

    func testJPEGSkipsSegmentsToTheFrameHeader() {
        var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [UInt8](repeating: 0, count: 9)
        jpeg += [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x04, 0xB0, 0x03, 0x20, 0x03] + [UInt8](repeating: 0, count: 9)
        XCTAssertEqual(ImageSize.of(Data(jpeg)).map { [$0.width, $0.height] }, [800, 1200])
    }

    func testTruncatedAndUnknownDataGiveNil() {
        XCTAssertNil(ImageSize.of(Data(SampleBooks.tinyPNG.prefix(20))))
        XCTAssertNil(ImageSize.of(Data([0xFF, 0xD8, 0xFF, 0xC0, 0x00])))
        XCTAssertNil(ImageSize.of(Data("<svg/>".utf8)))
        XCTAssertNil(ImageSize.of(Data()))
    }
}
