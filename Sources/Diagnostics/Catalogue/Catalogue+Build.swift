extension DiagnosticCode {
    // The build pipeline itself.
    public static let outputUnwritable = DiagnosticCode("IMP-BLD-001", .fatal, "The output folder cannot be written")
    public static let ownOutputInvalid = DiagnosticCode("IMP-BLD-002", .fatal, "The book Imprint wrote failed its own validation (an Imprint bug)")
    public static let outputClash = DiagnosticCode("IMP-BLD-003", .error, "Two manuscripts would be written to the same book file")

    static var buildCodes: [DiagnosticCode] { [outputUnwritable, ownOutputInvalid, outputClash] }
}
