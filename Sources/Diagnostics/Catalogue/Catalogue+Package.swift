extension DiagnosticCode {
    static var packageCodes: [DiagnosticCode] { [] }
}
