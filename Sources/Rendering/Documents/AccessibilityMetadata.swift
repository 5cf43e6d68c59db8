import BookModel

/// The schema.org accessibility metadata of a book: what is true of the publication Imprint
/// writes, unless the author's metadata says otherwise.
///
/// Every claim here follows from the output: the renderer always writes a table of contents
/// and a reading order that is the order of the text, and a heading per titled division; images
/// are "visual" content, described in text only if each has alt text.
struct AccessibilityMetadata: Equatable {
    var accessModes: [String]
    var accessModesSufficient: [String]
    var features: [String]
    var hazards: [String]
    var summary: String
    var conformsTo: String?
    var certifiedBy: String?
    var certifierCredential: String?
    var certifierReport: String?
    var exemptions: [String]

    init(layout: BookLayout) {
        let overrides = layout.book.metadata.accessibility
        let images = layout.imageCount
        let allDescribed = images > 0 && layout.imagesWithoutAlt == 0

        accessModes = Self.nonEmpty(overrides.accessModes) ?? (images > 0 ? ["textual", "visual"] : ["textual"])
        accessModesSufficient = Self.nonEmpty(overrides.accessModesSufficient)
            ?? (images == 0 ? ["textual"] : allDescribed ? ["textual", "textual,visual"] : ["textual,visual"])
        // Headings are only claimed when there are some: a text without chapter headings has
        // one untitled division and nothing to navigate by.
        let hasHeadings = layout.divisions.contains { $0.chapter.title?.isEmpty == false || !$0.headingIDs.isEmpty }
        var derivedFeatures = ["tableOfContents", "readingOrder"]
        if hasHeadings { derivedFeatures.append("structuralNavigation") }
        if allDescribed { derivedFeatures.append("alternativeText") }
        // Formulas are MathML with their TeX as alternative text.
        if layout.hasMath { derivedFeatures.append("MathML") }
        // Page numbers of a print edition only when the manuscript marked them: each is a
        // labelled page break and the page-list reaches it.
        if layout.hasPageBreaks { derivedFeatures += ["printPageNumbers", "pageNavigation"] }
        features = Self.nonEmpty(overrides.features) ?? derivedFeatures
        // An animated GIF may flash; a still book has no hazard.
        hazards = Self.nonEmpty(overrides.hazards) ?? (layout.usesGIF ? ["unknown"] : ["none"])
        conformsTo = overrides.conformsTo.flatMap { $0.isEmpty ? nil : $0 }
        certifiedBy = Self.nonEmpty(overrides.certifiedBy.map { [$0] })?.first
        // A credential or report describes a certifier; without one there is nothing to refine.
        certifierCredential = certifiedBy == nil ? nil : Self.nonEmpty(overrides.certifierCredential.map { [$0] })?.first
        certifierReport = certifiedBy == nil ? nil : Self.nonEmpty(overrides.certifierReport.map { [$0] })?.first
        exemptions = Self.nonEmpty(overrides.exemptions) ?? []

        if let given = overrides.summary, !given.isEmpty {
            summary = given
        } else {
            var text = hasHeadings
                ? "A reflowable text with a table of contents and headings for its divisions, in reading order."
                : "A reflowable text with a table of contents, in reading order."
            if images > 0 {
                text += allDescribed ? " Every image has a text alternative."
                    : " Some images have no text alternative."
            }
            if layout.hasPageBreaks { text += " Page numbers of the print edition are marked and listed." }
            if hazards == ["none"] { text += " It has no known hazards." }
            summary = text
        }
    }

    private static func nonEmpty(_ values: [String]?) -> [String]? {
        let kept = (values ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
    }
}
