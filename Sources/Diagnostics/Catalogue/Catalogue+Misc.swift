// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // Media (images, audio, media overlays) and accessibility (EPUBCheck MED-*, ACC-*).
    public static let acc009 = DiagnosticCode("ACC-009", .usage, "A MathML formula has neither an alttext attribute nor an annotation-xml child, so it has no text alternative")
    public static let acc011 = DiagnosticCode("ACC-011", .usage, "An SVG link has no accessible name (no title, text or aria-label)")
    public static let med003 = DiagnosticCode("MED-003", .error, "Picture \"img\" elements must reference core media type resources, but found resource \"…\" of type \"…\"")
    public static let med004 = DiagnosticCode("MED-004", .error, "Image file header may be corrupted")
    public static let med005 = DiagnosticCode("MED-005", .error, "Media Overlay audio reference … to non-standard audio type … found")
    public static let med007 = DiagnosticCode("MED-007", .error, "Picture \"source\" elements must define a \"type\" attribute when they reference foreign resources; found resource \"…\" of type \"…\"")
    public static let med008 = DiagnosticCode("MED-008", .error, "The time specified in the clipBegin attribute must not be after clipEnd")
    public static let med009 = DiagnosticCode("MED-009", .error, "The time specified in the clipBegin attribute must not be the same as clipEnd")
    public static let med010 = DiagnosticCode("MED-010", .error, "EPUB Content Documents referenced from a Media Overlay must specify the \"media-overlay\" attribute")
    public static let med011 = DiagnosticCode("MED-011", .error, "EPUB Content Document referenced from multiple Media Overlay Documents")
    public static let med012 = DiagnosticCode("MED-012", .error, "The \"media-overlay\" attribute does not match the ID of the Media Overlay that refers to this document")
    public static let med013 = DiagnosticCode("MED-013", .error, "Media Overlay Document referenced from the \"media-overlay\" attribute does not contain a reference to this Content Document")
    public static let med014 = DiagnosticCode("MED-014", .error, "Media overlay audio file URLs must not have a fragment, but found '#…'")
    public static let med015 = DiagnosticCode("MED-015", .usage, "Media overlay text references are out of reading order: \"%1\" comes before the previous target in %2 order")
    public static let med016 = DiagnosticCode("MED-016", .warning, "Media Overlays total duration should be the sum of the durations of all Media Overlays documents")
    public static let med017 = DiagnosticCode("MED-017", .warning, "URL fragment should indicate an element ID, but found '#…'")
    public static let med018 = DiagnosticCode("MED-018", .warning, "URL fragment should be an SVG fragment identifier, but found '#…'")

    static var miscCodes: [DiagnosticCode] {
        [
            acc009, acc011, med003, med004, med005, med007, med008, med009, med010, med011, med012, med013,
            med014, med015, med016, med017, med018,
        ]
    }
}
