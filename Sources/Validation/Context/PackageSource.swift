import Foundation
import XMLSupport

/// The package document's text as lines, split once when the package is read.
///
/// Some findings sit where EPUBCheck reads the element's content: just after its end tag.
/// libxml2 keeps no end positions, so the tag is found in the source, starting from the
/// element's own line; splitting the whole text for every finding made a large package
/// quadratic (the Bible's 1,255-item package: two thirds of its check).
struct PackageSource: Sendable {
    let lines: [Substring]

    init(lines: [Substring]) { self.lines = lines }

    init(_ data: Data) {
        lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where EPUBCheck places a message about a whole element: just after its end tag (after
    /// the start tag when the element is empty, `<meta …/>`).
    func endTag(of element: XMLElement) -> (line: Int, column: Int)? {
        endTag(named: element.qualifiedName, line: element.line, column: element.column)
    }

    /// The end tag `</name>` after the start tag ending at (`startLine`, `startColumn`); nil
    /// `name` takes the first end tag there (elements holding only text).
    func endTag(named name: String?, line startLine: Int, column startColumn: Int?) -> (line: Int, column: Int)? {
        let close = "</" + (name ?? "")
        guard startLine >= 1 else { return nil }
        var lineNumber = startLine - 1
        while lineNumber < lines.count {
            let line = lines[lineNumber]
            lineNumber += 1
            var from = line.startIndex
            if lineNumber == startLine, let startColumn {
                let utf16 = line.utf16
                guard let after = utf16.index(utf16.startIndex, offsetBy: startColumn - 1, limitedBy: utf16.endIndex) else { return nil }
                if startColumn >= 3, line.utf16[utf16.index(after, offsetBy: -2)] == UInt16(UInt8(ascii: "/")) { return (startLine, startColumn) }
                from = after
            }
            var search = line[from...]
            while let open = search.range(of: close) {
                let rest = line[open.upperBound...]
                if let gt = rest.firstIndex(of: ">"), name == nil || rest[..<gt].allSatisfy(\.isWhitespace) {
                    return (lineNumber, line[..<gt].utf16.count + 2)   // SAX columns count UTF-16 units
                }
                search = line[open.upperBound...]
            }
        }
        return nil
    }
}
