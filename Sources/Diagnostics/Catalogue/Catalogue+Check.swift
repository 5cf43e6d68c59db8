extension DiagnosticCode {
    // `imprint check` itself: what the user asked to check, before any publication is read.
    // A missing path is EPUBCheck's PKG-018 (`archiveNotFound`); these are the cases it has no ID for.
    public static let noPublications = DiagnosticCode("IMP-CHK-001", .error, "folder \"%1\" holds no .epub files and is not an unpacked EPUB (no mimetype or META-INF/container.xml)")

    static var checkCodes: [DiagnosticCode] { [noPublications] }
}
