extension DiagnosticCode {
    static var resourceCodes: [DiagnosticCode] { [] }
}
