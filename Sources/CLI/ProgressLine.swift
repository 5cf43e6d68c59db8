import Foundation
import Synchronization

/// "Checking 12/300" on stderr, rewritten in place, while many publications are checked on a
/// terminal; erased when done so the report starts on a clean line. Silent when stderr is not a
/// terminal, so logs and pipes never see it.
final class ProgressLine: Sendable {
    private let terminal: Terminal
    private let verb: String
    /// Whether a line is on the screen; only touched under the lock.
    private let shown = Mutex(false)

    /// nil when there should be no progress line: not a terminal, or quiet.
    init?(verb: String, quiet: Bool, terminal: Terminal = .standardError) {
        guard terminal.isTerminal, !quiet else { return nil }
        self.terminal = terminal
        self.verb = verb
    }

    /// Shown only for more than one item: a single book needs no progress.
    func update(_ done: Int, _ total: Int) {
        guard total > 1 else { return }
        shown.withLock { shown in
            shown = true
            terminal.write("\r\u{1B}[K\(verb) \(done)/\(total)")
        }
    }

    func finish() {
        shown.withLock { shown in
            if shown { terminal.write("\r\u{1B}[K") }
        }
    }
}
