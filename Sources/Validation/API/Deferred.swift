import Dispatch

/// Lets go of a checked publication's documents off the caller's path.
///
/// Freeing a large book's trees (an object per element, arrays of children and attributes)
/// takes a fifth of a check; nobody waits for it. The context is handed to a background queue,
/// which releases it there: `imprint check` reports and exits without paying for it, and a
/// build goes on writing while an idle core frees the previous book's trees.
enum Deferred {
    private static let queue = DispatchQueue(label: "imprint.release", qos: .utility)

    /// `context` and the builder that made it share their documents: both go.
    static func release(_ context: consuming CheckContext, _ builder: consuming ContextBuilder) {
        let box = ReleaseBox(context, builder)
        queue.async { box.drop() }
    }

    /// Returns once everything handed to `release` so far is freed.
    static func finish() {
        queue.sync {}
    }
}

/// Carries the last references to a context onto the release queue.
private final class ReleaseBox: Sendable {
    private let context: CheckContext
    private let builder: ContextBuilder
    init(_ context: CheckContext, _ builder: ContextBuilder) {
        self.context = context
        self.builder = builder
    }
    func drop() {}
}
