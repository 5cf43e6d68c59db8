// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // EPUB 3 navigation document and EPUB 2 NCX (EPUBCheck NAV-*, NCX-*).
    public static let nav001 = DiagnosticCode("NAV-001", .error, "An EPUB 2 publication declares an EPUB 3 navigation document")
    public static let nav003 = DiagnosticCode("NAV-003", .error, "The Navigation Document must have a page list when content document(s) contain page breaks (epub:type=\"pagebreak\")")
    public static let nav004 = DiagnosticCode("NAV-004", .usage, "EDUPUB: the navigation document should list the full heading hierarchy")
    public static let nav005 = DiagnosticCode("NAV-005", .usage, "The content has audio elements but the navigation document has no list of audio (epub:type=\"loa\")")
    public static let nav006 = DiagnosticCode("NAV-006", .usage, "The content has figures but the navigation document has no list of illustrations (epub:type=\"loi\")")
    public static let nav007 = DiagnosticCode("NAV-007", .usage, "The content has tables but the navigation document has no list of tables (epub:type=\"lot\")")
    public static let nav008 = DiagnosticCode("NAV-008", .usage, "The content has video elements but the navigation document has no list of video (epub:type=\"lov\")")
    public static let nav009 = DiagnosticCode("NAV-009", .error, "Region-based navigation links must point to Fixed-Layout Documents (\"%1\" is reflowable)")
    public static let nav010 = DiagnosticCode("NAV-010", .error, "\"%1\" nav must not link to remote resources; found link to \"%2\"")
    public static let nav011 = DiagnosticCode("NAV-011", .warning, "\"toc\" nav must be in reading order; link target %1")
    public static let ncx001 = DiagnosticCode("NCX-001", .error, "NCX identifier (\"%1\") does not match OPF identifier (\"%2\")")
    public static let ncx004 = DiagnosticCode("NCX-004", .usage, "NCX identifier (\"dtb:uid\" metadata) should not contain leading or trailing whitespace")
    public static let ncx006 = DiagnosticCode("NCX-006", .usage, "Empty \"text\" label in the NCX document")

    static var navigationCodes: [DiagnosticCode] {
        [
            nav001, nav003, nav004, nav005, nav006, nav007, nav008, nav009, nav010, nav011, ncx001, ncx004,
            ncx006,
        ]
    }
}
