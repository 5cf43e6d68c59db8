import Foundation

/// Runs work on a thread with a small stack, so that a test proves "no recursion" with a
/// shallow input: on the main thread's 8 MiB a recursive walk of a few hundred bytes a level
/// survives tens of thousands of levels, and a test had to build 100,000 of them to be sure;
/// on 256 KiB, 10,000 levels overflow any recursion of more than 26 bytes a level (a debug
/// frame is hundreds), and the process dies with SIGSEGV — a test that cannot pass.
public enum SmallStack {
    public static let defaultBytes = 256 << 10

    /// `work`'s result, computed on a new thread whose stack is `bytes`; returns when that
    /// thread has ended. Everything `work` captured is released here, on the caller's thread,
    /// so a deep tree it held is not freed (recursively) on the small stack.
    public static func run<T>(bytes: Int = defaultBytes, _ work: @escaping () -> T) -> T {
        // Written by the worker while the caller waits in `pthread_join`, which orders that
        // write before the read below: the two threads never touch it at the same time.
        var result: T?
        let job = Job { result = work() }
        join(job, bytes: bytes)
        return result!
    }

    private final class Job {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Runs `job` on a thread with a stack of `bytes` and waits for that thread to end; `job`
    /// stays owned by the caller, so nothing is released on the worker.
    private static func join(_ job: Job, bytes: Int) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        precondition(pthread_attr_setstacksize(&attributes, bytes) == 0, "stack size \(bytes) refused")
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeUnretainedValue().run()
            return nil
        }, Unmanaged.passUnretained(job).toOpaque())
        precondition(started == 0, "no thread: error \(started)")
        withExtendedLifetime(job) { _ = pthread_join(thread, nil) }
    }
}
