extension DiagnosticCode {
    // Word (.docx) and OpenDocument (.odt) manuscripts: the package, then what was left out.
    public static let documentUnreadable = DiagnosticCode("IMP-DOC-001", .error, "%1 cannot be read as a %2 document: %3", summary: "A .docx or .odt manuscript is not a readable ZIP package, or lacks its main part")
    public static let documentEncrypted = DiagnosticCode("IMP-DOC-002", .error, "%1 is password-protected (an encrypted %2 package); Imprint cannot read it", summary: "A .docx or .odt manuscript is encrypted with a password")
    public static let documentLegacyWord = DiagnosticCode("IMP-DOC-003", .error, "%1 is a binary Word 97–2003 document (.doc), not a .docx", summary: "A binary .doc file was given as a manuscript")
    public static let documentMacros = DiagnosticCode("IMP-DOC-004", .warning, "%1 is a macro-enabled document; its text was read and its macros ignored", summary: "A .docm (macro-enabled) manuscript: macros are never run or carried")
    public static let documentTrackedChanges = DiagnosticCode("IMP-DOC-005", .info, "%1 has tracked changes: accepted as if reviewed (%2 insertions kept, %3 deletions dropped)", summary: "Tracked changes in a document were accepted: insertions kept, deletions dropped")
    public static let documentImageNotCarried = DiagnosticCode("IMP-DOC-006", .warning, "image %1 is %2, which no reading system shows; its alternative text (%3) is kept in its place", summary: "An EMF/WMF or other unsupported image in a document was replaced by its alternative text")
    public static let documentCommentsDropped = DiagnosticCode("IMP-DOC-007", .info, "%1 comments were left out of the book", summary: "Comments in a document are not part of the book")
    public static let documentPartMissing = DiagnosticCode("IMP-DOC-008", .warning, "%1 refers to %2, which the package does not hold; it was left out", summary: "A document refers to a part (image, notes) its package does not hold")
    public static let documentObjectLeftOut = DiagnosticCode("IMP-DOC-009", .warning, "%1 is left out: the document holds no picture of it to show instead", summary: "A chart, SmartArt diagram, embedded (OLE) object or ink drawing in a document had no fallback picture and was left out")
    public static let documentEquations = DiagnosticCode("IMP-DOC-010", .warning, "an equation holds %1, which Imprint does not read as math; its text is kept in the formula", summary: "An equation (Office Math or MathML) in a document holds an element Imprint does not read; its text was kept")
    public static let documentTitlePageLeftOut = DiagnosticCode("IMP-DOC-014", .info, "%1 opens with a manuscript's cover page (title, byline and %2 more lines: %3); it was left out, and the book has a title page of its own", summary: "A typed cover page (title, byline, contact details, word count) before the first chapter of a document was left out")
    public static let documentCoverPicture = DiagnosticCode("IMP-DOC-015", .info, "%1 opens with a picture on a page of its own (%2); it is the book's cover", summary: "A picture standing alone on a document's first page became the book's cover, since the book names none")

    static var documentCodes: [DiagnosticCode] {
        [documentUnreadable, documentEncrypted, documentLegacyWord, documentMacros, documentTrackedChanges,
         documentImageNotCarried, documentCommentsDropped, documentPartMissing,
         documentObjectLeftOut, documentEquations, documentTitlePageLeftOut, documentCoverPicture]
    }
}
