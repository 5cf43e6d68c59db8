/// The schema.org accessibility properties EPUB Accessibility 1.1 §5 asks for, with the values
/// each may take (schema.org's vocabulary as the W3C Publishing CG maintains it). One value per
/// `meta` element, case as listed; `accessModeSufficient` takes a comma-separated set.
struct AccessibilityProperty: Sendable {
    let name: String
    /// nil: free text (`accessibilitySummary`).
    let values: Set<String>?
    /// Whether Ace reports it missing, and how hard.
    let presence: Presence
    /// A comma-separated list in one value (`accessModeSufficient`).
    let isList: Bool

    enum Presence: Sendable { case required, recommended, optional, deprecated }

    static let accessModes: Set<String> = [
        "auditory", "chartOnVisual", "chemOnVisual", "colorDependent", "diagramOnTactile", "diagramOnVisual",
        "mathOnAuditory", "mathOnVisual", "musicOnAuditory", "musicOnVisual", "tactile", "textOnVisual",
        "textual", "visual",
    ]

    static let features: Set<String> = [
        "annotations", "ARIA", "bookmarks", "index", "pageBreakMarkers", "printPageNumbers", "pageNavigation",
        "readingOrder", "structuralNavigation", "tableOfContents", "taggedPDF", "alternativeText",
        "audioDescription", "captions", "closeCaptions", "describedMath", "longDescription", "openCaptions",
        "rubyAnnotations", "signLanguage", "transcript", "displayTransformability", "synchronizedAudioText",
        "timingControl", "unlocked", "ChemML", "latex", "latex-chemistry", "MathML", "MathML-chemistry",
        "ttsMarkup", "highContrastAudio", "highContrastDisplay", "largePrint", "braille", "tactileGraphic",
        "tactileObject", "fullRubyAnnotations", "horizontalWriting", "verticalWriting",
        "withAdditionalWordSegmentation", "withoutAdditionalWordSegmentation", "none",
    ]

    static let hazards: Set<String> = [
        "flashing", "noFlashingHazard", "unknownFlashingHazard", "motionSimulation", "noMotionSimulationHazard",
        "unknownMotionSimulationHazard", "sound", "noSoundHazard", "unknownSoundHazard", "none", "unknown",
    ]

    static let all: [AccessibilityProperty] = [
        AccessibilityProperty(name: "schema:accessMode", values: accessModes, presence: .required, isList: false),
        AccessibilityProperty(name: "schema:accessModeSufficient", values: ["auditory", "tactile", "textual", "visual"],
                              presence: .recommended, isList: true),
        AccessibilityProperty(name: "schema:accessibilityFeature", values: features, presence: .required, isList: false),
        AccessibilityProperty(name: "schema:accessibilityHazard", values: hazards, presence: .required, isList: false),
        AccessibilityProperty(name: "schema:accessibilitySummary", values: nil, presence: .required, isList: false),
        AccessibilityProperty(name: "schema:accessibilityAPI", values: nil, presence: .deprecated, isList: false),
        AccessibilityProperty(name: "schema:accessibilityControl", values: nil, presence: .deprecated, isList: false),
    ]
}

extension CheckContext {
    /// The values of a package `meta` property (EPUB 3 `property`, EPUB 2 `name`/`content`),
    /// trimmed, in order, with the entries they come from.
    func metaValues(_ property: String) -> [(value: String, entry: MetadataEntry)] {
        package.meta(property).map { ((($0.content ?? $0.value)).trimmingCharacters(in: .whitespacesAndNewlines), $0) }
    }

    /// The accessibility features the package claims.
    var claimedFeatures: Set<String> { Set(metaValues("schema:accessibilityFeature").map(\.value)) }
}
