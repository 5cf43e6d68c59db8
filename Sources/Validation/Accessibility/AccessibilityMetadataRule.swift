import Diagnostics

/// The package's accessibility metadata, as Ace's EPUB rules judge it (EPUB Accessibility 1.1
/// §5): a title and a language; `schema:accessMode`, `accessibilityFeature`,
/// `accessibilityHazard` and `accessibilitySummary` present (`accessModeSufficient`
/// recommended); every value from its vocabulary, one per element, in its case; `none` alone.
struct AccessibilityMetadataRule: PublicationRule {
    let codes: [DiagnosticCode] = [.a11y001, .a11y002, .a11y003, .a11y004, .a11y005, .a11y006, .a11y007, .a11y008]
    var concern: RuleConcern { .accessibility }

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let package = context.packageLocation
        let titles = context.package.dc("title")
        if titles.allSatisfy({ $0.value.isBlank }) {
            sink.emit(.a11y001, [], at: titles.first.map { at(context, $0) } ?? package,
                      suggestion: "Give the publication a title in dc:title: reading systems announce it.")
        }
        let languages = context.package.dc("language")
        if languages.allSatisfy({ $0.value.isBlank }) {
            sink.emit(.a11y002, [], at: languages.first.map { at(context, $0) } ?? package,
                      suggestion: "Declare the language of the text in dc:language (en, fr-CA …), so speech uses the right voice.")
        }
        for entry in languages {
            let tag = entry.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !tag.isEmpty && !LanguageTag.isWellFormed(tag) {
                sink.emit(.a11y003, [tag], at: at(context, entry), suggestion: "Write a BCP 47 tag such as en, en-GB or zh-Hant.")
            }
        }
        for property in AccessibilityProperty.all {
            let values = context.metaValues(property.name)
            if values.isEmpty || values.allSatisfy({ $0.value.isEmpty }) {
                switch property.presence {
                case .required:
                    sink.emit(.a11y004, [property.name], at: package,
                              suggestion: "Add <meta property=\"\(property.name)\">…</meta> (EPUB Accessibility 1.1 §5).")
                case .recommended:
                    sink.emit(.a11y005, [], at: package,
                              suggestion: "Add <meta property=\"schema:accessModeSufficient\">textual</meta> for each set of access modes that suffices to read the book.")
                case .optional, .deprecated: break
                }
                continue
            }
            if property.presence == .deprecated {
                sink.emit(.a11y008, [property.name], at: at(context, values[0].entry))
                continue
            }
            guard let vocabulary = property.values else { continue }
            for (value, entry) in values {
                let items = property.isList
                    ? value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    : [value]
                for item in items where !vocabulary.contains(item) {
                    sink.emit(.a11y006, [item, property.name, hint(item, vocabulary, isList: property.isList)], at: at(context, entry))
                }
            }
            let plain = values.map(\.value)
            if plain.contains("none") && plain.count > 1 && !property.isList {
                sink.emit(.a11y007, [property.name, plain.filter { $0 != "none" }.joined(separator: ", ")],
                          at: at(context, values.first { $0.value == "none" }!.entry),
                          suggestion: "\"none\" means there is nothing to declare: remove it, or the other values.")
            }
        }
    }

    /// Why a value is not in the vocabulary, when the reason is plain: its case, or several
    /// values written in one element.
    private func hint(_ value: String, _ vocabulary: Set<String>, isList: Bool) -> String {
        if let match = vocabulary.first(where: { $0.lowercased() == value.lowercased() }) {
            return " (values are case-sensitive: \"\(match)\")"
        }
        let parts = value.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
        if parts.count > 1 && parts.allSatisfy(vocabulary.contains) {
            return isList ? " (separate access modes with commas)" : " (one value per meta element)"
        }
        return ""
    }

    private func at(_ context: CheckContext, _ entry: MetadataEntry) -> SourceLocation {
        context.location(context.packagePath, line: entry.line, column: entry.column)
    }
}
