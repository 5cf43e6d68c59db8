import ImprintResources
import XCTest

/// The default stylesheet comes first and an author's after it, so an author's rule wins
/// wherever the default's selector is no more specific than the author's.
final class DefaultStylesheetTests: XCTestCase {
    /// Every selector of the default stylesheet, with the subject (last compound) of each.
    private var subjects: [String] {
        let css = String(decoding: EmbeddedResource.stylesheet, as: UTF8.self)
        let withoutComments = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var out: [String] = []
        for rule in withoutComments.split(separator: "}") {
            guard let selectors = rule.split(separator: "{").first else { continue }
            for selector in selectors.split(separator: ",") {
                if let last = selector.split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "+" || $0 == "~" || $0 == "\n" }).last {
                    out.append(String(last))
                }
            }
        }
        return out
    }

    func testAnAuthorsSceneBreakParagraphAndHeadingRulesTakeEffect() {
        // The ornament of a scene break is drawn by `hr::after` alone: an author's `hr::after`
        // replaces it (before, `hr.scene-break::after` beat it).
        let hr = subjects.filter { $0.hasPrefix("hr") }
        XCTAssertEqual(Set(hr), ["hr", "hr::after"], "no class or id on hr rules: \(hr)")
        // Paragraphs and headings are styled by element; classed variants are for paragraphs
        // Imprint marks itself (centred, subtitle …).
        XCTAssertTrue(subjects.contains("p"))
        XCTAssertTrue(subjects.contains("h1"))
        XCTAssertFalse(subjects.contains { $0.contains("#") }, "no id selectors, which no author rule could beat")
    }
}
