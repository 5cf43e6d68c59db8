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
    public static let transcriberNoteOmitted = DiagnosticCode("IMP-SRC-020", .info, "left out a transcriber's note at the opening of the text, lines %1–%2", summary: "A bracketed or labelled note about the transcription, before the book's title or right after it, was left out")
    public static let headingNotTaken = DiagnosticCode("IMP-SRC-021", .info, "\"%1\" looks like a heading but was kept as text: %2", summary: "A line shaped like a heading was not taken as one (shown by imprint outline)")
    public static let quotesUnpaired = DiagnosticCode("IMP-SRC-022", .info, "a straight double quote has no partner in its paragraph and the next paragraph does not open with one, so its direction was guessed (%1 in all): lines %2", summary: "Straight quotes that do not pair up were curled by guesswork (shown by imprint outline)")
    public static let emphasisUnmatched = DiagnosticCode("IMP-SRC-023", .info, "an emphasis marker (_ or *) has no partner in its paragraph and was kept as typed (%1 in all): lines %2", summary: "An emphasis marker without its closing partner was kept as typed (shown by imprint outline)")
    public static let contentsEntriesUnmatched = DiagnosticCode("IMP-SRC-024", .info, "the contents list at lines %1–%2 names what no heading in the text matches (%3 in all): %4", summary: "Entries of a manuscript's contents list name no heading the reader found (shown by imprint outline)")

    static var manuscriptCodes: [DiagnosticCode] {
        [fileUnreadable, fileEmpty, fileBinary, encodingConverted, encodingUndecidable, forbiddenCharacter,
         noManuscripts, titlePageOmitted, contentsListOmitted, gutenbergFrameRemoved, backMatterOmitted,
         chapterNumberOutOfSequence, fileTooLarge, transcriberNoteOmitted, headingNotTaken, quotesUnpaired,
         emphasisUnmatched, contentsEntriesUnmatched]
    }
}
