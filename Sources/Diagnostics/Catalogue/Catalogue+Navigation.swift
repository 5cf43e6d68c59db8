extension DiagnosticCode {
    static var navigationCodes: [DiagnosticCode] { [] }
}
