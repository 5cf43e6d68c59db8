import Diagnostics
import Dispatch
import Foundation

/// Runs independent rules on one publication at the same time, and reports their findings in
/// the rules' registered order, so the output is the same as one rule after another.
///
/// Rules only read the context once it is built (none writes to it or looks at what another
/// reported), so they can share it. A book of a thousand chapters spends most of its check in
/// rules that each walk every document; spread over the cores, a build or check of one large
/// book no longer waits on one core.
enum RuleRunner {
    static func run(_ rules: [any Rule], on context: CheckContext, into sink: inout DiagnosticSink) {
        let policy = sink.policy
        let results = ResultBox(count: rules.count, policy: policy)
        DispatchQueue.concurrentPerform(iterations: rules.count) { i in
            var local = DiagnosticSink(policy: policy)
            rules[i].check(context, into: &local)
            results.set(i, local)
        }
        for found in results.sinks { sink.append(contentsOf: found) }
    }

    /// One slot per rule, each written by exactly one iteration.
    private final class ResultBox: @unchecked Sendable {
        private(set) var sinks: [DiagnosticSink]
        private let lock = NSLock()

        init(count: Int, policy: SeverityPolicy) {
            sinks = Array(repeating: DiagnosticSink(policy: policy), count: count)
        }

        func set(_ i: Int, _ sink: DiagnosticSink) {
            lock.withLock { sinks[i] = sink }
        }
    }
}
