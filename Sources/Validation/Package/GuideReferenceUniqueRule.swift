import Diagnostics

/// One `guide/reference` per type and target (RSC-017): the package Schematrons of both
/// versions warn about every reference whose `type` and `href`, compared without letter case
/// and with white space normalised, another reference repeats.
struct GuideReferenceUniqueRule: PublicationRule {
    let codes: [DiagnosticCode] = [.rsc017]

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        let references = context.package.guide
        func key(_ r: GuideReference) -> String {
            [r.type, r.href].map { $0.lowercased().splitTokens().joined(separator: " ") }.joined(separator: "\u{0}")
        }
        var counts: [String: Int] = [:]
        for r in references { counts[key(r), default: 0] += 1 }
        for r in references where counts[key(r)]! > 1 {
            sink.emit(.rsc017, ["another guide reference has the same type and href (type \"\(r.type)\", href \"\(r.href)\")"],
                      at: context.location(context.packagePath, line: r.line, column: r.column),
                      suggestion: "Keep one reference for each type and target.")
        }
    }
}
