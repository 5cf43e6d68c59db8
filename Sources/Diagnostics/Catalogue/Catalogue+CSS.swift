// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // CSS style sheets (EPUBCheck CSS-*).
    public static let css001 = DiagnosticCode("CSS-001", .error, "%1", summary: "The \"…\" property must not be included in an EPUB Style Sheet")
    public static let css002 = DiagnosticCode("CSS-002", .error, "Empty or NULL reference found in url()")
    public static let css003 = DiagnosticCode("CSS-003", .warning, "CSS document is encoded in UTF-16. It should be encoded in UTF-8 instead")
    public static let css004 = DiagnosticCode("CSS-004", .error, "CSS documents must be encoded in UTF-8, detected %1")
    public static let css005 = DiagnosticCode("CSS-005", .usage, "Alternate style sheets conflict: %1")
    public static let css006 = DiagnosticCode("CSS-006", .usage, "A CSS selector uses position: fixed")
    public static let css007 = DiagnosticCode("CSS-007", .info, "The font \"%1\" named by @font-face is of type \"%2\", which is not a core media type")
    public static let css008 = DiagnosticCode("CSS-008", .error, "An error occurred while parsing the %1")
    public static let css015 = DiagnosticCode("CSS-015", .error, "Alternative style sheets must have a title (link to \"%1\")")
    public static let css019 = DiagnosticCode("CSS-019", .warning, "CSS font-face declaration has no attributes")
    public static let css028 = DiagnosticCode("CSS-028", .usage, "The style sheet uses @font-face")
    public static let css029 = DiagnosticCode("CSS-029", .usage, "The CSS class \"%1\" is used, but the package declares no \"%2\" property")
    public static let css030 = DiagnosticCode("CSS-030", .error, "The package document declares media overlays styling class names but no CSS was found in the content document \"%1\"")

    static var cssCodes: [DiagnosticCode] {
        [
            css001, css002, css003, css004, css005, css006, css007, css008, css015, css019, css028, css029,
            css030,
        ]
    }
}
