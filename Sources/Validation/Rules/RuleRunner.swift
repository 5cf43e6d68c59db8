import Diagnostics
import Parallel

/// Runs publication rules on a finished context, side by side on the cores, and reports their
/// findings in the rules' registered order, so the output is the same as one rule after another.
///
/// Rules only read the context (a `Sendable` value), so they can share it; each reports into a
/// sink of its own.
enum RuleRunner {
    static func run(_ rules: [any PublicationRule], on context: CheckContext, into sink: inout DiagnosticSink) {
        let policy = sink.policy
        // Longest first (the rules whose work grows with the book), each rule's findings kept
        // in its own place: reports stay in the rules' order whatever ran first.
        let order = rules.indices.filter { rules[$0].growsWithTheBook } + rules.indices.filter { !rules[$0].growsWithTheBook }
        let ran = ParallelMap.map(order) { i in
            var local = DiagnosticSink(policy: policy)
            rules[i].check(context, into: &local)
            return local
        }
        var found = [DiagnosticSink](repeating: DiagnosticSink(policy: policy), count: rules.count)
        for (i, local) in zip(order, ran) { found[i] = local }
        for (rule, local) in zip(rules, found) {
            assertDeclared(local, by: rule)
            sink.append(contentsOf: local)
        }
    }

    /// A rule reports only the codes it declares: the registry, `imprint messages` and the
    /// coverage matrix are built from the declarations, so an undeclared finding would be a
    /// code nobody can look up. Checked wherever assertions are on (debug builds, and optimised
    /// test builds made with `-assert-config Debug`), which is how the tests run; `assert`
    /// evaluates nothing in a release build.
    static func assertDeclared(_ found: DiagnosticSink, by rule: any Rule) {
        assert(undeclared(found, by: rule).isEmpty,
               "\(rule.name) reported \(undeclared(found, by: rule).joined(separator: ", ")), which it does not declare")
    }

    /// The IDs a rule reported without declaring them.
    static func undeclared(_ found: DiagnosticSink, by rule: any Rule) -> [String] {
        let declared = Set(rule.codes.map(\.id))
        return found.diagnostics.map(\.id).filter { !declared.contains($0) }
    }
}
