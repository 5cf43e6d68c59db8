// Generated from EPUBCheck 5.3's message list (`epubcheck --listChecks`): same IDs, same default
// severities, so reports compare with EPUBCheck's line for line.
extension DiagnosticCode {
    // OCF container: ZIP packaging, the mimetype entry, file names (EPUBCheck PKG-*).
    public static let pkg001 = DiagnosticCode("PKG-001", .warning, "Checked as EPUB %1, but the publication is EPUB %2")
    public static let pkg005 = DiagnosticCode("PKG-005", .error, "The mimetype file has an extra field of length %1; the ZIP extra field is not permitted for the mimetype file")
    public static let pkg006 = DiagnosticCode("PKG-006", .error, "%1", summary: "Mimetype file entry is missing or is not the first file in the archive")
    public static let pkg007 = DiagnosticCode("PKG-007", .error, "The mimetype file %1", summary: "Mimetype file should only contain the string \"application/epub+zip\" and should not be compressed")
    public static let pkg009 = DiagnosticCode("PKG-009", .error, "The file name \"%1\" contains characters that are not allowed in OCF file names: %2")
    public static let pkg010 = DiagnosticCode("PKG-010", .warning, "The file name \"%1\" contains spaces, which may create interoperability issues with older reading systems")
    public static let pkg011 = DiagnosticCode("PKG-011", .error, "The file name \"%1\" must not end with \".\"")
    public static let pkg012 = DiagnosticCode("PKG-012", .usage, "The file name \"%1\" contains non-ASCII characters, which might create interoperability issues with older reading systems")
    public static let pkg013 = DiagnosticCode("PKG-013", .error, "The EPUB file includes multiple OPS renditions (%1 package documents)")
    public static let pkg014 = DiagnosticCode("PKG-014", .warning, "The EPUB contains empty directory \"%1\"")
    public static let pkg016 = DiagnosticCode("PKG-016", .warning, "Use only lowercase characters for the EPUB file extension (found \".%1\")")
    public static let pkg017 = DiagnosticCode("PKG-017", .warning, "Uncommon EPUB file extension \".%1\"")
    public static let pkg020 = DiagnosticCode("PKG-020", .error, "The package document \"%1\" is not in the container")
    public static let pkg021 = DiagnosticCode("PKG-021", .error, "Corrupted image file encountered: \"%1\" is not a readable %2 image")
    public static let pkg022 = DiagnosticCode("PKG-022", .warning, "Wrong file extension for image. The image is a \"%1\" file but has the file extension \"%2\"")
    public static let pkg023 = DiagnosticCode("PKG-023", .usage, "Checked as EPUB 2.0 with the default profile")
    public static let pkg024 = DiagnosticCode("PKG-024", .usage, "Uncommon EPUB file extension \".%1\"")
    public static let pkg025 = DiagnosticCode("PKG-025", .error, "Publication resource must not be located in the META-INF directory (manifest item \"%1\" names \"%2\")")
    public static let pkg026 = DiagnosticCode("PKG-026", .error, "Obfuscated resource must be a Font Core Media Type (was declared as \"%1\" in \"%2\")")

    static var ocfCodes: [DiagnosticCode] {
        [
            pkg001, pkg005, pkg006, pkg007, pkg009, pkg010, pkg011, pkg012, pkg013, pkg014, pkg016, pkg017,
            pkg020, pkg021, pkg022, pkg023, pkg024, pkg025, pkg026,
        ]
    }
}
