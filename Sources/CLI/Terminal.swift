import Foundation
import Synchronization

/// The process's standard streams and what they are connected to.
///
/// Kept here rather than in main.swift: C globals and file descriptors stay out of the
/// main-actor-isolated top level. Writes are serialised, because progress comes from the
/// checker's worker threads.
final class Terminal: Sendable {
    static let standardOutput = Terminal(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Terminal(handle: .standardError, descriptor: STDERR_FILENO)

    private let handle: FileHandle
    private let lock = Mutex<Void>(())
    /// Whether the stream is a terminal (not a pipe or a file).
    let isTerminal: Bool

    private init(handle: FileHandle, descriptor: Int32) {
        self.handle = handle
        self.isTerminal = isatty(descriptor) == 1
    }

    func write(_ text: String) {
        lock.withLock { _ in handle.write(Data(text.utf8)) }
    }

    /// Colour only on a terminal, never when NO_COLOR is set to anything (no-color.org) or the
    /// terminal says it cannot (`TERM=dumb`).
    func wantsColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
