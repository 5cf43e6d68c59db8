import Diagnostics

/// Style sheets: UTF-8 (CSS-003 for UTF-16, CSS-004 for other declared encodings), syntax that
/// parses (CSS-008), properties EPUB forbids (CSS-001), and `@font-face` rules that say
/// something (CSS-019) with non-empty URLs (CSS-002).
struct StylesheetRule: PublicationRule {
    let codes: [DiagnosticCode] = [.css001, .css002, .css003, .css004, .css008, .css019]
    /// EPUB 3.3 §6.3.1: reading systems control these, so style sheets must not set them.
    static let forbiddenProperties: Set<String> = ["direction", "unicode-bidi"]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for path in context.stylesheets.keys.sorted() {
            guard let sheet = context.stylesheets[path] else { continue }
            if sheet.byteEncoding == "UTF-16" {
                sink.emit(.css003, [], at: context.location(path),
                          suggestion: "Save the style sheet as UTF-8.")
            } else if let charset = sheet.charset, !["utf-8", "utf8"].contains(charset.lowercased()) {
                sink.emit(.css004, ["\(charset)"], at: context.location(path, line: 1),
                          suggestion: "Save the style sheet as UTF-8 and declare @charset \"utf-8\" (or nothing).")
            }
            report(sheet, path: path, context, &sink)
        }
        for path in context.facts.keys.sorted() {
            for style in context.facts[path]?.styleElements ?? [] {
                report(style.sheet, path: path, lineOffset: style.line - 1, context, &sink)
            }
            for error in context.facts[path]?.inlineStyleErrors ?? [] {
                sink.emit(.css008, ["CSS of a style attribute: \(error.message)"], at: context.location(path, line: error.line),
                          suggestion: "Write the attribute as property: value declarations separated by semicolons.")
            }
            guard !context.isEPUB2 else { continue }
            for found in context.facts[path]?.inlineForbiddenProperties ?? [] {
                sink.emit(.css001, ["The \"\(found.property)\" property must not be included in an EPUB Style Sheet (a style attribute)"],
                          at: context.location(path, line: found.line), suggestion: "Remove the declaration; use the dir attribute instead.")
            }
        }
    }

    /// Reports a sheet's own problems; `lineOffset` places a `style` element's lines in its document.
    func report(_ sheet: Stylesheet, path: String, lineOffset: Int = 0, _ context: CheckContext, _ sink: inout DiagnosticSink) {
        for error in sheet.syntaxErrors {
            sink.emit(.css008, ["CSS: \(error.message)"], at: context.location(path, line: error.line + lineOffset),
                      suggestion: "Fix the CSS syntax at this line.")
        }
        if !context.isEPUB2 {
            for d in sheet.declarations where StylesheetRule.forbiddenProperties.contains(d.property) {
                sink.emit(.css001, ["The \"\(d.property)\" property must not be included in an EPUB Style Sheet"], at: context.location(path, line: d.line + lineOffset),
                          suggestion: "Remove the declaration; use the dir attribute in the content instead.")
            }
        }
        for face in sheet.fontFaces where face.declarationCount == 0 {
            sink.emit(.css019, [], at: context.location(path, line: face.line + lineOffset),
                      suggestion: "Give the @font-face rule a font-family and a src, or remove it.")
        }
        for line in sheet.emptyURLLines {
            sink.emit(.css002, [], at: context.location(path, line: line + lineOffset),
                      suggestion: "Put the resource's URL inside url(…) or remove the declaration.")
        }
    }
}
