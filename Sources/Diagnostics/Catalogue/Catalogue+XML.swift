extension DiagnosticCode {
    static var xmlCodes: [DiagnosticCode] { [] }
}
