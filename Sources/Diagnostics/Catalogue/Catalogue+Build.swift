extension DiagnosticCode {
    // The build pipeline itself.
    public static let outputUnwritable = DiagnosticCode("IMP-BLD-001", .fatal, "The output folder cannot be written")
    public static let ownOutputInvalid = DiagnosticCode("IMP-BLD-002", .fatal, "The book Imprint wrote failed its own validation (an Imprint bug)")
    public static let outputClash = DiagnosticCode("IMP-BLD-003", .warning, "Two books have the same title; the second is written under a longer file name")
    public static let bookNotWritten = DiagnosticCode("IMP-BLD-004", .fatal, "A book was not written, though no error of its own was reported")

    static var buildCodes: [DiagnosticCode] { [outputUnwritable, ownOutputInvalid, outputClash, bookNotWritten] }
}
