extension DiagnosticCode {
    static var markdownCodes: [DiagnosticCode] { [] }
}
