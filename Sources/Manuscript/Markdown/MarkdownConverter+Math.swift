import BookModel

/// TeX math (`$…$`, `$$…$$`) taken out of the text by `MathSpans`, as formulas.
extension MarkdownConverter {
    /// The formula a placeholder stands for; what the TeX reader could not convert is reported
    /// at the formula's line and shown as written.
    func math(_ span: MathSpans.Span) -> Inline {
        let (formula, problems) = TeXMathReader.read(span.tex, display: span.display)
        if !problems.isEmpty {
            let delimiter = span.display ? "$$" : "$"
            var excerpt = span.tex.trimmingSpaces.split(whereSeparator: \.isNewline).joined(separator: " ")
            if excerpt.count > 40 { excerpt = String(excerpt.prefix(39)) + "…" }
            context.emit(.markdownMathUnsupported, ["\(delimiter)\(excerpt)\(delimiter)", problems.joined(separator: "; ")],
                         line: span.line,
                         suggestion: "Use the LaTeX commands docs/markdown.md lists, or write the passage as text; it is shown as written.")
        }
        return .math(formula)
    }
}
