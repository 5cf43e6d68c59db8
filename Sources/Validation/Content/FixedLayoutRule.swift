import Diagnostics
import Foundation

/// Fixed-layout documents carry their page size (EPUB 3.3 §8.2.2): XHTML ones a `viewport`
/// meta with positive `width` and `height` (HTM-046, HTM-047, HTM-056, HTM-057, HTM-059),
/// SVG ones a `viewBox` on the outermost `svg` (HTM-048).
struct FixedLayoutRule: PublicationRule {
    let codes: [DiagnosticCode] = [.htm046, .htm047, .htm048, .htm056, .htm057, .htm059]
    var versions: EPUBVersions { .epub3 }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.spineItems where context.isFixedLayout(item) {
            guard let doc = context.documents[item.path], let facts = context.facts[item.path] else { continue }
            if item.essence == MediaType.svg {
                if doc.root.localName == "svg", doc.root.attribute("viewBox") == nil {
                    sink.emit(.htm048, [],
                              at: context.location(item.path, line: doc.root.line, column: doc.root.column),
                              suggestion: "Add viewBox=\"0 0 WIDTH HEIGHT\" to the root svg element.")
                }
                continue
            }
            guard item.essence == MediaType.xhtml else { continue }
            guard let viewport = facts.viewports.first else {
                sink.emit(.htm046, [], at: context.location(item.path),
                          suggestion: "Add <meta name=\"viewport\" content=\"width=1200, height=1600\"/> to the head.")
                continue
            }
            check(viewport.content, at: context.location(item.path, line: viewport.line, column: viewport.column), &sink)
        }
    }

    private func check(_ content: String, at location: SourceLocation, _ sink: inout DiagnosticSink) {
        guard let properties = ViewportContent.parse(content) else {
            sink.emit(.htm047, ["\(content)"], at: location,
                      suggestion: "Write the viewport as \"width=1200, height=1600\".")
            return
        }
        for dimension in ["width", "height"] {
            let values = properties.filter { $0.name == dimension }.map(\.value)
            if values.isEmpty {
                sink.emit(.htm056, ["\(dimension)"],
                          at: location, suggestion: "Add \(dimension)=… to the viewport content.")
                continue
            }
            if values.count > 1 {
                sink.emit(.htm059, ["\(dimension)", "\(values.joined(separator: ", "))"],
                          at: location, suggestion: "Keep one \(dimension) value.")
            }
            for value in values where !(value == "device-\(dimension)" || FixedLayoutRule.isPositiveNumber(value)) {
                sink.emit(.htm057, ["\(dimension)", "\(dimension)", "\(value)"],
                          at: location, suggestion: "Give \(dimension) in CSS pixels without a unit, such as \(dimension)=1200.")
            }
        }
    }

    static func isPositiveNumber(_ s: String) -> Bool {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let v = Double(s) else { return false }
        return v > 0
    }
}

/// The `name=value` list of a viewport meta (CSS Device Adaptation's syntax, as EPUB uses it).
enum ViewportContent {
    struct Property { var name: String; var value: String }

    /// The properties, or nil when a property has `=` but no value (a syntax error).
    static func parse(_ content: String) -> [Property]? {
        // An empty declaration is a syntax error, not a declaration without dimensions.
        if content.allSatisfy(\.isWhitespace) { return nil }
        // "width = 600" is one property: close up whitespace around "=".
        let text = content.replacingOccurrences(of: #"\s*=\s*"#, with: "=", options: .regularExpression)
        var result: [Property] = []
        for token in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
            if let eq = token.firstIndex(of: "=") {
                let name = token[..<eq].lowercased()
                let value = String(token[token.index(after: eq)...])
                if name.isEmpty || value.isEmpty { return nil }
                result.append(Property(name: name, value: value))
            } else {
                result.append(Property(name: token.lowercased(), value: ""))
            }
        }
        return result
    }
}

extension CheckContext {
    /// Whether a spine item is laid out as fixed pages: the itemref's `rendition:layout-*`
    /// property wins over the package-wide `rendition:layout`.
    func isFixedLayout(_ item: ManifestItem) -> Bool {
        if let index = item.spineIndex, index < package.itemrefs.count {
            let properties = package.itemrefs[index].properties
            if properties.contains("rendition:layout-pre-paginated") { return true }
            if properties.contains("rendition:layout-reflowable") { return false }
        }
        return package.isFixedLayout
    }
}
