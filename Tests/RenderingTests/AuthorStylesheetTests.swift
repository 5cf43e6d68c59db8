import ImprintResources
import XCTest

/// An author's stylesheet comes after the default one, so an author's rule takes effect on an
/// element wherever every default rule that reaches that element is no more specific than the
/// author's selector. Checked by matching each default selector against the elements a chapter
/// holds — an ordinary paragraph, the chapter's heading, a scene break's ornament — as a
/// reading system's cascade would.
final class AuthorStylesheetTests: XCTestCase {
    /// One element of a chapter document: its tag and classes, its ancestors (nearest first) and
    /// the element before it.
    struct Element {
        var tag: String
        var classes: Set<String> = []
        var ancestors: [Element] = []
        var previous: (tag: String, classes: Set<String>)?
        var firstChild: Bool { previous == nil }
    }

    static let chapter = Element(tag: "section", classes: ["chapter"],
                                 ancestors: [Element(tag: "body"), Element(tag: "html")])
    static let context = [chapter] + chapter.ancestors

    /// (ids, classes and pseudo-classes, types and pseudo-elements) of one selector.
    static func specificity(_ selector: String) -> [Int] {
        var s = [0, 0, 0]
        for compound in compounds(selector).map(\.compound) {
            let parts = compound.replacingOccurrences(of: "::", with: " ::").replacingOccurrences(of: ".", with: " .")
                .replacingOccurrences(of: "[", with: " [").replacingOccurrences(of: "#", with: " #")
                .replacingOccurrences(of: ":", with: " :").replacingOccurrences(of: " : :", with: " ::")
                .split(separator: " ")
            for part in parts {
                if part.hasPrefix("#") { s[0] += 1 }
                else if part.hasPrefix(".") || part.hasPrefix("[") || (part.hasPrefix(":") && !part.hasPrefix("::")) { s[1] += 1 }
                else if part != "*" { s[2] += 1 }
            }
        }
        return s
    }

    /// A selector's compounds, subject last, each with the combinator before it.
    static func compounds(_ selector: String) -> [(combinator: Character, compound: String)] {
        var out: [(Character, String)] = []
        var pending: Character = " "
        for token in selector.replacingOccurrences(of: ">", with: " > ").replacingOccurrences(of: "+", with: " + ")
            .replacingOccurrences(of: "~", with: " ~ ").split(whereSeparator: \.isWhitespace) {
            if token == ">" || token == "+" || token == "~" { pending = token.first! } else {
                out.append((pending, String(token)))
                pending = " "
            }
        }
        return out
    }

    /// Whether one compound (no pseudo-element) matches an element.
    static func matches(_ compound: String, tag: String, classes: Set<String>, firstChild: Bool) -> Bool {
        var rest = Substring(compound)
        let name = rest.prefix { $0 != "." && $0 != ":" && $0 != "[" && $0 != "#" }
        rest = rest.dropFirst(name.count)
        if !name.isEmpty, name != "*", name != tag { return false }
        while !rest.isEmpty {
            let marker = rest.first!
            rest = rest.dropFirst()
            let word = rest.prefix { $0 != "." && $0 != ":" && $0 != "[" && $0 != "#" }
            rest = rest.dropFirst(word.count)
            switch marker {
            case ".": if !classes.contains(String(word)) { return false }
            case ":": if word != "first-child" || !firstChild { return false }
            default: return false  // ids and attributes: never on the elements checked here
            }
        }
        return true
    }

    /// Whether `selector` reaches `element` (with `pseudo` its pseudo-element, or none).
    static func reaches(_ selector: String, _ element: Element, pseudo: String?) -> Bool {
        var parts = compounds(selector)
        guard var subject = parts.popLast()?.compound else { return false }
        if let range = subject.range(of: "::") {
            guard String(subject[range.upperBound...]) == pseudo else { return false }
            subject = String(subject[..<range.lowerBound])
        } else if pseudo != nil {
            return false
        }
        guard matches(subject, tag: element.tag, classes: element.classes, firstChild: element.firstChild) else { return false }
        var combinator = compounds(selector).last!.combinator
        var ancestors = element.ancestors[...]
        var previous = element.previous
        while let (before, compound) = parts.popLast() {
            switch combinator {
            case "+", "~":
                guard let p = previous, matches(compound, tag: p.tag, classes: p.classes, firstChild: false) else { return false }
                previous = nil
            case ">":
                guard let parent = ancestors.first, matches(compound, tag: parent.tag, classes: parent.classes, firstChild: parent.firstChild) else { return false }
                ancestors = ancestors.dropFirst()
            default:
                guard let i = ancestors.firstIndex(where: { matches(compound, tag: $0.tag, classes: $0.classes, firstChild: $0.firstChild) }) else { return false }
                ancestors = ancestors[(i + 1)...]
            }
            combinator = before
        }
        return true
    }

    var selectors: [String] {
        let css = String(decoding: EmbeddedResource.stylesheet, as: UTF8.self)
            .replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        return css.split(separator: "}").flatMap { rule -> [String] in
            guard let head = rule.split(separator: "{").first, !head.contains("@") else { return [] }
            return head.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }

    private func assertAuthorWins(_ author: String, on element: Element, pseudo: String? = nil,
                                  file: StaticString = #filePath, line: UInt = #line) {
        let reaching = selectors.filter { Self.reaches($0, element, pseudo: pseudo) }
        XCTAssertFalse(reaching.isEmpty, "the default styles \(author) (else the check proves nothing)", file: file, line: line)
        let authors = Self.specificity(author)
        let stronger = reaching.filter { Self.specificity($0).lexicographicallyPrecedes(authors) == false && Self.specificity($0) != authors }
        XCTAssertEqual(stronger, [], "default selectors more specific than the author's \(author)", file: file, line: line)
    }

    func testTheCheckerReadsSelectorsAsACascadeDoes() {
        XCTAssertEqual(Self.specificity("hr::after"), [0, 0, 2])
        XCTAssertEqual(Self.specificity("section > p:first-child"), [0, 1, 2])
        XCTAssertEqual(Self.specificity("hr.scene-break::after"), [0, 1, 2])
        let p = Element(tag: "p", ancestors: Self.context, previous: ("p", []))
        XCTAssertTrue(Self.reaches("section p", p, pseudo: nil))
        XCTAssertTrue(Self.reaches("p + p", p, pseudo: nil))
        XCTAssertFalse(Self.reaches("h1 + p", p, pseudo: nil))
        XCTAssertFalse(Self.reaches("section > p:first-child", p, pseudo: nil))
        XCTAssertFalse(Self.reaches(".part h1", Element(tag: "h1", ancestors: Self.context), pseudo: nil))
        // A stronger default rule is found: what the old stylesheet did to scene breaks.
        let hr = Element(tag: "hr", classes: ["scene-break"], ancestors: Self.context, previous: ("p", []))
        XCTAssertTrue(Self.reaches("hr.scene-break::after", hr, pseudo: "after"))
        XCTAssertNotEqual(Self.specificity("hr.scene-break::after"), Self.specificity("hr::after"))
    }

    func testAnAuthorsParagraphHeadingAndSceneBreakRulesWin() {
        // An ordinary paragraph in the middle of a chapter.
        assertAuthorWins("p", on: Element(tag: "p", ancestors: Self.context, previous: ("p", [])))
        // The chapter's heading.
        assertAuthorWins("h1", on: Element(tag: "h1", ancestors: Self.context))
        // A scene break and its ornament, as the renderer writes it.
        let hr = Element(tag: "hr", classes: ["scene-break"], ancestors: Self.context, previous: ("p", []))
        assertAuthorWins("hr", on: hr)
        assertAuthorWins("hr::after", on: hr, pseudo: "after")
    }
}
