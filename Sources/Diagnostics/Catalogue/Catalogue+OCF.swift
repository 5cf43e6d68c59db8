extension DiagnosticCode {
    static var ocfCodes: [DiagnosticCode] { [] }
}
