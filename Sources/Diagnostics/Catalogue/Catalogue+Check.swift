extension DiagnosticCode {
    // `imprint check` itself: what the user asked to check, before any publication is read.
    // A missing path is EPUBCheck's PKG-018 (`archiveNotFound`); these are the cases it has no ID for.
    public static let noPublications = DiagnosticCode("IMP-CHK-001", .error, "folder \"%1\" holds no .epub files and is not an unpacked EPUB (no mimetype or META-INF/container.xml)")

    // Baselines (`--baseline FILE`): a finding the baseline holds that no longer occurs, so the
    // baseline can shrink; the original ID, message and place are its arguments.
    public static let baselineFixed = DiagnosticCode("IMP-CHK-002", .info, "fixed since the baseline: [%1] %2")

    static var checkCodes: [DiagnosticCode] { [noPublications, baselineFixed] }
}
