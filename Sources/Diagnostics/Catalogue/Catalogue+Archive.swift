extension DiagnosticCode {
    static var archiveCodes: [DiagnosticCode] { [] }
}
