extension DiagnosticCode {
    // Reading manuscripts: plain text, Markdown, metadata.
    public static let fileUnreadable = DiagnosticCode("IMP-SRC-001", .error, "%1", summary: "A manuscript file is missing or cannot be read")
    public static let fileEmpty = DiagnosticCode("IMP-SRC-002", .error, "%1", summary: "A manuscript file has no text")
    public static let fileBinary = DiagnosticCode("IMP-SRC-003", .error, "the file is %1", summary: "A manuscript file is binary, not text")
    public static let encodingConverted = DiagnosticCode("IMP-SRC-004", .info, "%1", summary: "A manuscript in a legacy encoding was converted to UTF-8")
    public static let encodingUndecidable = DiagnosticCode("IMP-SRC-005", .error, "%1", summary: "A manuscript's encoding cannot be determined")
    public static let forbiddenCharacter = DiagnosticCode("IMP-SRC-006", .warning, "%1", summary: "A character that XML 1.0 forbids was dropped")
    public static let noManuscripts = DiagnosticCode("IMP-SRC-007", .error, "%1", summary: "A folder holds no manuscripts")
    public static let titlePageOmitted = DiagnosticCode("IMP-SRC-008", .info, "left out a printed title page, lines %1–%2", summary: "A printed title page before the first chapter was left out (the book gets its own)")
    public static let contentsListOmitted = DiagnosticCode("IMP-SRC-009", .info, "left out a contents list, lines %1–%2", summary: "A contents list in the manuscript was left out (the navigation is generated from the headings)")
    public static let gutenbergFrameRemoved = DiagnosticCode("IMP-SRC-010", .info, "removed Project Gutenberg's header (%1 lines) and closing licence (%2 lines)")
    public static let backMatterOmitted = DiagnosticCode("IMP-SRC-011", .info, "left out the pages after THE END, lines %1–%2", summary: "Pages after THE END of a Project Gutenberg text (advertisements, transcriber's notes) were left out")
    public static let chapterNumberOutOfSequence = DiagnosticCode("IMP-SRC-012", .warning, "\"%1\" is numbered %2 but follows number %3")
    public static let fileTooLarge = DiagnosticCode("IMP-SRC-013", .error, "%1 is %2, over the %3 limit of %4; it was not read", summary: "A manuscript or metadata file is larger than the limit (--limit manuscript-size)")

    static var manuscriptCodes: [DiagnosticCode] {
        [fileUnreadable, fileEmpty, fileBinary, encodingConverted, encodingUndecidable, forbiddenCharacter,
         noManuscripts, titlePageOmitted, contentsListOmitted, gutenbergFrameRemoved, backMatterOmitted,
         chapterNumberOutOfSequence, fileTooLarge]
    }
}
