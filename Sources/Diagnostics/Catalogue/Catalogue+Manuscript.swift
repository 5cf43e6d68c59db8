extension DiagnosticCode {
    // Reading manuscripts: plain text, Markdown, metadata.
    public static let fileUnreadable = DiagnosticCode("IMP-SRC-001", .error, "A manuscript file is missing or cannot be read")
    public static let fileEmpty = DiagnosticCode("IMP-SRC-002", .error, "A manuscript file has no text")
    public static let fileBinary = DiagnosticCode("IMP-SRC-003", .error, "A manuscript file is binary, not text")
    public static let encodingConverted = DiagnosticCode("IMP-SRC-004", .info, "A manuscript in a legacy encoding was converted to UTF-8")
    public static let encodingUndecidable = DiagnosticCode("IMP-SRC-005", .error, "A manuscript's encoding cannot be determined")
    public static let forbiddenCharacter = DiagnosticCode("IMP-SRC-006", .warning, "A character that XML 1.0 forbids was dropped")
    public static let noManuscripts = DiagnosticCode("IMP-SRC-007", .error, "A folder holds no manuscripts")
    public static let titlePageOmitted = DiagnosticCode("IMP-SRC-008", .info, "A printed title page before the first chapter was left out (the book gets its own)")
    public static let contentsListOmitted = DiagnosticCode("IMP-SRC-009", .info, "A contents list in the manuscript was left out (the navigation is generated from the headings)")
    public static let gutenbergFrameRemoved = DiagnosticCode("IMP-SRC-010", .info, "Project Gutenberg's header and licence around the text were removed")
    public static let backMatterOmitted = DiagnosticCode("IMP-SRC-011", .info, "Pages after THE END of a Project Gutenberg text (advertisements, transcriber's notes) were left out")
    public static let chapterNumberOutOfSequence = DiagnosticCode("IMP-SRC-012", .warning, "Chapter numbers do not run in sequence")
    public static let fileTooLarge = DiagnosticCode("IMP-SRC-013", .error, "A manuscript or metadata file is larger than the limit (--limit manuscript-size)")

    static var manuscriptCodes: [DiagnosticCode] {
        [fileUnreadable, fileEmpty, fileBinary, encodingConverted, encodingUndecidable, forbiddenCharacter,
         noManuscripts, titlePageOmitted, contentsListOmitted, gutenbergFrameRemoved, backMatterOmitted,
         chapterNumberOutOfSequence, fileTooLarge]
    }
}
