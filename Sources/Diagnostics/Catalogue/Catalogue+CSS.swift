extension DiagnosticCode {
    static var cssCodes: [DiagnosticCode] { [] }
}
