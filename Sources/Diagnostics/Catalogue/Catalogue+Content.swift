extension DiagnosticCode {
    static var contentCodes: [DiagnosticCode] { [] }
}
