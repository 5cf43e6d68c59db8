import BookModel
import Foundation

extension BookAssembler {
    /// The book's metadata: the layered fields, then what the text says, then fallbacks — the
    /// title from the file or folder name, the language the text's script tells (else `en`),
    /// direction from the language.
    static func makeMetadata(_ fields: MetadataFields, manuscripts: [Manuscript], nameSource: String?,
                             smart: Bool) -> Metadata {
        func prose(_ s: String?) -> String? {
            guard let s else { return nil }
            let plain = MetadataText.plain(s, smart: smart)
            return plain.isEmpty ? nil : plain
        }
        let detectedTitle = manuscripts.lazy.compactMap(\.detectedTitle).first
        let title = prose(fields.title) ?? detectedTitle
            ?? ReadableTitle.fromFileName(nameSource ?? manuscripts.first?.path ?? "Untitled")
        var creators = (fields.creators ?? []).map { person -> Contributor in
            var p = person
            p.name = prose(p.name) ?? p.name
            return p
        }
        if fields.creators == nil, let author = manuscripts.lazy.compactMap(\.detectedAuthor).first {
            creators = [Contributor(name: author, role: "aut")]
        }
        let contributors = (fields.contributors ?? []).map { person -> Contributor in
            var p = person
            p.name = prose(p.name) ?? p.name
            return p
        }
        let language = fields.language ?? ScriptLanguage.guess(manuscripts.flatMap(\.chapters)) ?? "en"
        let direction = fields.direction ?? (LanguageTag.isRightToLeft(language) ? .rtl : nil)
        let progression = fields.pageProgression ?? (direction == .rtl ? .rtl : nil)
        let series = prose(fields.seriesName).map { Series(name: $0, position: fields.seriesPosition) }
        var accessibility = fields.accessibility
        accessibility.summary = prose(accessibility.summary)
        // The text's own subtitle goes with the text's own title, never under a given one.
        let detectedSubtitle = prose(fields.title) == nil ? manuscripts.lazy.compactMap(\.detectedSubtitle).first : nil
        var result = Metadata(title: title, subtitle: prose(fields.subtitle) ?? detectedSubtitle, creators: creators, contributors: contributors,
                        language: language, identifier: fields.identifier, date: fields.date,
                        publisher: prose(fields.publisher), rights: prose(fields.rights),
                        description: prose(fields.description), subjects: (fields.subjects ?? []).compactMap(prose),
                        series: series, direction: direction, pageProgression: progression,
                        accessibility: accessibility, extraProperties: fields.extraProperties)
        result.details = PackageDetails(
            titleFileAs: fields.titleFileAs,
            titles: (fields.titles ?? []).compactMap { entry in prose(entry.text).map { TitleEntry(type: entry.type, text: $0, fileAs: entry.fileAs) } },
            identifiers: fields.moreIdentifiers ?? [],
            subjectCodes: Dictionary((fields.subjectCodes ?? [:]).compactMap { key, code in prose(key).map { ($0, code) } },
                                     uniquingKeysWith: { first, _ in first }),
            dublinCore: DublinCoreValue.elements.flatMap { element in
                (fields.dublinCore[element] ?? []).compactMap(prose).map { DublinCoreValue(element: element, value: $0) }
            })
        return result
    }
}
