import Foundation

/// "Checking 12/300" on stderr, rewritten in place, while many publications are checked on a
/// terminal; erased when done so the report starts on a clean line. Silent when stderr is not a
/// terminal, so logs and pipes never see it.
final class ProgressLine: @unchecked Sendable {
    private let terminal: Terminal
    private let verb: String
    private let lock = NSLock()
    private var shown = false

    /// nil when there should be no progress line: not a terminal, or quiet.
    init?(verb: String, quiet: Bool, terminal: Terminal = .standardError) {
        guard terminal.isTerminal, !quiet else { return nil }
        self.terminal = terminal
        self.verb = verb
    }

    /// Shown only for more than one item: a single book needs no progress.
    func update(_ done: Int, _ total: Int) {
        guard total > 1 else { return }
        lock.lock(); defer { lock.unlock() }
        shown = true
        terminal.write("\r\u{1B}[K\(verb) \(done)/\(total)")
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { terminal.write("\r\u{1B}[K") }
    }
}
