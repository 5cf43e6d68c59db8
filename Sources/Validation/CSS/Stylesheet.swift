import Foundation

/// A CSS style sheet as the checker needs it: the URLs it loads, its `@font-face` rules, the
/// properties it sets, and where its syntax breaks.
///
/// A tolerant tokenizer rather than a full CSS parser: it never gives up, so a missing brace
/// early in a file does not hide a missing image later (EPUBCheck reports both).
struct Stylesheet: Sendable {
    struct FontFace: Sendable { var line: Int; var declarationCount: Int }
    struct Declaration: Sendable { var property: String; var value: String; var line: Int }
    struct SyntaxError: Sendable { var line: Int; var message: String }

    var path: String
    var references: [Reference] = []
    var fontFaces: [FontFace] = []
    var emptyURLLines: [Int] = []
    var declarations: [Declaration] = []
    var syntaxErrors: [SyntaxError] = []
    /// The `@charset` the sheet declares, if any.
    var charset: String?
    /// The encoding the bytes are in: "UTF-8", "UTF-16" (with a BOM), or nil for inline text.
    var byteEncoding: String?
    /// Class selectors the sheet defines (for media overlay active-class checks).
    var classNames: Set<String> = []

    init(data: Data, path: String) {
        let bom = [UInt8](data.prefix(2))
        let utf16 = bom == [0xFE, 0xFF] || bom == [0xFF, 0xFE]
        let text = utf16 ? (String(data: data, encoding: .utf16) ?? "") : String(decoding: data, as: UTF8.self)
        self.init(text: text, path: path)
        byteEncoding = utf16 ? "UTF-16" : "UTF-8"
    }

    init(text: String, path: String) {
        self.path = path
        var parser = CSSScanner(text: text)
        parser.run()
        charset = parser.charset
        fontFaces = parser.fontFaces
        emptyURLLines = parser.emptyURLLines
        declarations = parser.declarations
        syntaxErrors = parser.errors
        classNames = parser.classNames
        references = parser.urls.map { found in
            Reference(kind: found.kind, url: ContainerURL(found.url, relativeTo: path), source: path, line: found.line,
                      element: found.kind == .stylesheet ? "@import" : "url()")
        }
    }

    /// A `style` attribute's declarations: the `url(…)` values it loads, and what keeps it from
    /// parsing (EPUBCheck's CSS-008): broken structure, or a declaration without a value.
    static func inlineDeclarations(_ text: String) -> (urls: [String], problems: [String], properties: [String]) {
        var parser = CSSScanner(text: "x{" + text + "}")
        parser.run()
        var problems = parser.errors.map(\.message)
        for d in parser.declarations where d.value.isEmpty {
            problems.append("declaration \"\(d.property):\" has no value")
        }
        return (parser.urls.map(\.url), problems, parser.declarations.map(\.property))
    }

    /// The `url(…)` values in a list of declarations (a `style` attribute).
    static func urlReferences(inDeclarations text: String) -> [String] {
        var parser = CSSScanner(text: "x{" + text + "}")
        parser.run()
        return parser.urls.map(\.url)
    }
}
