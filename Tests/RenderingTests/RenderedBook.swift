import Foundation
import OCF
import XCTest

/// Reading a rendered publication back in tests.
extension Publication {
    /// The file at `path` (under `EPUB/` unless it starts with `META-INF` or is `mimetype`) as text.
    func text(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let full = path == "mimetype" || path.hasPrefix("META-INF") || path.hasPrefix("EPUB/") ? path : "EPUB/" + path
        guard let data = self[full] else {
            XCTFail("no \(full) in the publication: \(paths)", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Every match of `pattern`'s first capture group in `text`, in order.
func captures(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
        ns.substring(with: $0.range(at: 1))
    }
}

/// Golden files for these tests live in `Golden/` beside them.
func goldenPath(_ name: String, _ file: StaticString = #filePath) -> String {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name).path
}
