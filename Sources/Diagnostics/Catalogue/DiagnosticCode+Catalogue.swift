extension DiagnosticCode {
    /// Every code Imprint can report, gathered from the per-area catalogue files.
    /// A test checks that IDs are unique and that the documentation lists each of them.
    public static var catalogue: [DiagnosticCode] {
        manuscriptCodes + markdownCodes + buildCodes + archiveCodes + xmlCodes + ocfCodes + packageCodes
            + contentCodes + navigationCodes + resourceCodes + cssCodes + miscCodes + checkCodes
    }

    /// Looks a code up by ID.
    public static func named(_ id: String) -> DiagnosticCode? {
        catalogue.first { $0.id == id }
    }
}
