extension DiagnosticCode {
    // `imprint check` itself: what the user asked to check, before any publication is read.
    // A missing path is EPUBCheck's PKG-018 (`archiveNotFound`); these are the cases it has no ID for.
    public static let noPublications = DiagnosticCode("IMP-CHK-001", .error, "A folder holds no EPUB publications")

    static var checkCodes: [DiagnosticCode] { [noPublications] }
}
