import Diagnostics
import Foundation
import XMLSupport

/// `dc:date` values follow W3C Date and Time Formats: an error in EPUB 2 (OPF-054), a
/// warning in EPUB 3, where the form is only recommended (OPF-053).
struct DateRule: PublicationRule {
    let codes: [DiagnosticCode] = [.opf053, .opf054]
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date with a time and an optional zone.
    static let pattern = #"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"#

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        // EPUB 3 leaves dc:date's form to W3CDTF only as a recommendation (OPF-053, a
        // warning); EPUB 2 requires it (OPF-054).
        for date in context.package.dc("date") {
            let value = date.value.trimmingWhitespaceAndNewlines()
            if value.range(of: DateRule.pattern, options: .regularExpression) == nil || !DateRule.fieldsInRange(value) {
                sink.emit(context.isEPUB2 ? .opf054 : .opf053, [value],
                          at: context.location(context.packagePath, line: date.line, column: date.column),
                          suggestion: "Write the date as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
            }
        }
    }

    /// Month 1–12 and day 1–31 where given.
    static func fieldsInRange(_ value: String) -> Bool {
        let parts = value.prefix(10).split(separator: "-")
        if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) { return false }
        if parts.count > 2, let day = Int(parts[2].prefix(2)), !(1...31).contains(day) { return false }
        return true
    }
}
