extension DiagnosticCode {
    // The build pipeline itself.
    public static let outputUnwritable = DiagnosticCode("IMP-BLD-001", .fatal, "%1", summary: "The output folder cannot be written")
    public static let ownOutputInvalid = DiagnosticCode("IMP-BLD-002", .fatal, "%1", summary: "The book Imprint wrote failed its own validation (an Imprint bug)")
    public static let outputClash = DiagnosticCode("IMP-BLD-003", .warning, "'%1' and '%2' are both titled '%3'; writing this one as %4.epub")
    public static let bookNotWritten = DiagnosticCode("IMP-BLD-004", .fatal, "A book was not written, though no error of its own was reported")

    public static let inputsAmbiguous = DiagnosticCode("IMP-BLD-005", .error, "%1", summary: "The inputs named do not say which books to make (one book from several files, or one book per input)")

    static var buildCodes: [DiagnosticCode] { [outputUnwritable, ownOutputInvalid, outputClash, bookNotWritten, inputsAmbiguous] }
}
