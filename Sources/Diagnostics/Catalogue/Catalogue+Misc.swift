// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // Media (images, audio, media overlays) and accessibility (EPUBCheck MED-*, ACC-*).
    public static let acc009 = DiagnosticCode("ACC-009", .usage, "A MathML formula has neither an alttext attribute nor an annotation-xml child, so it has no text alternative")
    public static let acc011 = DiagnosticCode("ACC-011", .usage, "An SVG link has no accessible name (no title, text or aria-label)")
    public static let med003 = DiagnosticCode("MED-003", .error, "Picture \"img\" elements must reference core media type resources, but found resource \"%1\" of type \"%2\"")
    public static let med004 = DiagnosticCode("MED-004", .error, "Image file header may be corrupted (\"%1\" has %2 bytes)")
    public static let med005 = DiagnosticCode("MED-005", .error, "Media Overlay audio reference %1 to non-standard audio type %2 found")
    public static let med007 = DiagnosticCode("MED-007", .error, "Picture \"source\" elements must define a \"type\" attribute when they reference foreign resources; found resource \"%1\" of type \"%2\"")
    public static let med008 = DiagnosticCode("MED-008", .error, "The clip's clipBegin (%1) is after its clipEnd (%2)")
    public static let med009 = DiagnosticCode("MED-009", .error, "The clip's clipBegin (%1) is the same time as its clipEnd (%2): the clip is empty")
    public static let med010 = DiagnosticCode("MED-010", .error, "\"%1\" is narrated by the media overlay \"%2\" but its manifest item has no media-overlay attribute")
    public static let med011 = DiagnosticCode("MED-011", .error, "\"%1\" is already narrated by the media overlay \"%2\"; a content document may be referenced from one overlay only")
    public static let med012 = DiagnosticCode("MED-012", .error, "The media-overlay attribute of \"%1\" names \"%2\", but the overlay that narrates it is \"%3\"")
    public static let med013 = DiagnosticCode("MED-013", .error, "The media-overlay attribute of \"%1\" names \"%2\", but no media overlay refers to \"%3\"")
    public static let med014 = DiagnosticCode("MED-014", .error, "Media overlay audio file URLs must not have a fragment, but found \"%1\" in \"%2\"")
    public static let med015 = DiagnosticCode("MED-015", .usage, "Media overlay text references are out of reading order: \"%1\" comes before the previous target in %2 order")
    public static let med016 = DiagnosticCode("MED-016", .warning, "The total media:duration (%1) is not the sum of the media overlays' durations")
    public static let med017 = DiagnosticCode("MED-017", .warning, "Media overlay text references to XHTML should name an element by its id, but found \"#%1\"")
    public static let med018 = DiagnosticCode("MED-018", .warning, "Media overlay text references to SVG should use an SVG fragment identifier, but found \"#%1\"")

    static var miscCodes: [DiagnosticCode] {
        [
            acc009, acc011, med003, med004, med005, med007, med008, med009, med010, med011, med012, med013,
            med014, med015, med016, med017, med018,
        ]
    }
}
