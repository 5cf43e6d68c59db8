extension DiagnosticCode {
    static var miscCodes: [DiagnosticCode] { [] }
}
