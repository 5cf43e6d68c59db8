import Diagnostics

/// The accessibility statement a reading system shows for a publication, built from its
/// package metadata by the W3C Accessibility Metadata Display Guide 2.0 and its EPUB
/// techniques, in the guide's order: ways of reading, conformance, navigation, rich content,
/// hazards, accessibility summary, legal considerations, additional information. The compact
/// wording of the guide is used; a section with nothing to say says so, as the guide asks.
enum AccessibilityStatement {
    static let noInformation = "No information is available"

    static func sections(_ context: CheckContext) -> [StatementSection] {
        let features = context.claimedFeatures
        let modes = Set(context.metaValues("schema:accessMode").map(\.value))
        let sufficient = context.metaValues("schema:accessModeSufficient").map {
            Set($0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        let hazards = Set(context.metaValues("schema:accessibilityHazard").map(\.value))
        var sections: [StatementSection] = []

        var reading: [String] = []
        if features.contains("displayTransformability") {
            reading.append("Appearance can be modified")
        } else if context.package.isFixedLayout {
            reading.append("Appearance cannot be modified")
        } else {
            reading.append("No information about appearance modifiability is available")
        }
        if sufficient.contains(["textual"]) {
            reading.append("Readable in read aloud or dynamic braille")
        } else if modes.contains("textual") && !features.contains("alternativeText") && modes.count > 1 {
            reading.append("May not be fully readable in read aloud or dynamic braille")
        } else if !modes.isEmpty && !modes.contains("textual") {
            reading.append("Not readable in read aloud or dynamic braille")
        } else {
            reading.append("No information about nonvisual reading is available")
        }
        if features.contains("synchronizedAudioText") {
            reading.append("Prerecorded audio synchronized with text")
        } else if sufficient.contains(["auditory"]) {
            reading.append("Prerecorded audio only")
        } else if modes.contains("auditory") {
            reading.append("Prerecorded audio clips")
        }
        sections.append(StatementSection(heading: "Ways of reading", statements: reading))

        var conformance: [String] = []
        for claim in context.metaValues("dcterms:conformsTo").map(\.value) + context.package.dc("conformsTo").map({ $0.value.trimmed }) {
            conformance.append(conformanceStatement(claim))
        }
        for (value, _) in context.metaValues("a11y:certifiedBy") { conformance.append("The publication was certified by \(value)") }
        for (value, _) in context.metaValues("a11y:certifierCredential") { conformance.append("The certifier's credential is \(value)") }
        sections.append(StatementSection(heading: "Conformance", statements: conformance.isEmpty ? [noInformation] : conformance))

        let navigation = [("tableOfContents", "Table of contents"), ("index", "Index"),
                          ("structuralNavigation", "Headings"), ("pageNavigation", "Go to page")]
            .filter { features.contains($0.0) || ($0.0 == "pageNavigation" && features.contains("printPageNumbers")) }.map(\.1)
        sections.append(StatementSection(heading: "Navigation", statements: navigation.isEmpty ? [noInformation] : navigation))

        var rich: [String] = []
        if features.contains("MathML") || features.contains("latex") { rich.append("Math formulas in accessible format (MathML or LaTeX)") }
        if features.contains("describedMath") { rich.append("Text descriptions of math are provided") }
        if features.contains("ChemML") || features.contains("MathML-chemistry") || features.contains("latex-chemistry") {
            rich.append("Chemical formulas in accessible format")
        }
        if features.contains("longDescription") { rich.append("Information-rich images are described by extended descriptions") }
        if features.contains("closeCaptions") || features.contains("openCaptions") || features.contains("captions") { rich.append("Videos have captions") }
        if features.contains("transcript") { rich.append("Transcript(s) provided") }
        sections.append(StatementSection(heading: "Rich content", statements: rich.isEmpty ? [noInformation] : rich))

        sections.append(StatementSection(heading: "Hazards", statements: hazardStatements(hazards)))

        let summary = context.metaValues("schema:accessibilitySummary").map(\.value).filter { !$0.isEmpty }
        sections.append(StatementSection(heading: "Accessibility summary", statements: summary.isEmpty ? [noInformation] : summary))

        let exemptions = context.metaValues("a11y:exemption").map(\.value)
        sections.append(StatementSection(heading: "Legal considerations", statements: exemptions.isEmpty
            ? [noInformation] : exemptions.map { "Claims an accessibility exemption in some jurisdictions (\($0))" }))

        let additional = [("pageBreakMarkers", "Page breaks included"), ("printPageNumbers", "Page breaks included"),
                          ("ARIA", "ARIA roles included"), ("audioDescription", "Audio descriptions"), ("braille", "Braille"),
                          ("rubyAnnotations", "Some Ruby annotations"), ("fullRubyAnnotations", "Full Ruby annotations"),
                          ("highContrastAudio", "High contrast between foreground and background audio"),
                          ("highContrastDisplay", "High contrast between text and background"), ("largePrint", "Large print"),
                          ("signLanguage", "Sign language"), ("tactileGraphic", "Tactile graphics included"),
                          ("tactileObject", "Tactile 3D objects"), ("ttsMarkup", "Text-to-speech hinting provided")]
            .filter { features.contains($0.0) }.map(\.1)
        var unique: [String] = []
        for line in additional where !unique.contains(line) { unique.append(line) }
        if !unique.isEmpty { sections.append(StatementSection(heading: "Additional accessibility information", statements: unique)) }
        return sections
    }

    private static func conformanceStatement(_ claim: String) -> String {
        let wcag = ["wcag-aaa": "WCAG 2 Level AAA", "wcag-aa": "WCAG 2 Level AA", "wcag-a": "WCAG 2 Level A"]
        let lower = claim.lowercased()
        if lower.contains("epub/a11y") || lower.contains("epub accessibility") {
            for key in ["wcag-aaa", "wcag-aa", "wcag-a"] where lower.hasSuffix(key) {
                return "This publication meets accepted accessibility standards (EPUB Accessibility, \(wcag[key]!))"
            }
            for level in ["level aaa", "level aa", "level a"] where lower.hasSuffix(level) {
                return "This publication meets accepted accessibility standards (\(claim))"
            }
        }
        return "The publication claims to conform to \(claim)"
    }

    private static func hazardStatements(_ hazards: Set<String>) -> [String] {
        if hazards.isEmpty { return [noInformation] }
        if hazards.contains("none") { return ["No hazards"] }
        if hazards.contains("unknown") { return ["The presence of hazards is unknown"] }
        var lines: [String] = []
        for (hazard, no, unknown, name) in [("flashing", "noFlashingHazard", "unknownFlashingHazard", "Flashing content"),
                                             ("motionSimulation", "noMotionSimulationHazard", "unknownMotionSimulationHazard", "Motion simulation"),
                                             ("sound", "noSoundHazard", "unknownSoundHazard", "Sounds")] {
            if hazards.contains(hazard) { lines.append(name) }
            else if hazards.contains(unknown) { lines.append("\(name): unknown if present") }
            else if hazards.contains(no) { lines.append("No \(name.lowercased()) hazard") }
        }
        return lines.isEmpty ? [noInformation] : lines
    }
}
