import Diagnostics

/// One check with one job: reads the shared context, reports what it finds.
///
/// Rules never parse: `ContextBuilder` has parsed every document once before they run.
/// A new rule is a new struct, a line in `Rules`, a catalogue entry and a fixture.
protocol Rule: Sendable {
    func check(_ context: CheckContext, into sink: inout DiagnosticSink)
}
