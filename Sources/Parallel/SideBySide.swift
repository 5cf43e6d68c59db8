import Dispatch

/// Two independent pieces of work at the same time, each on its own core.
///
/// For the stages of one book that do not need each other's results (the renderer's contract
/// and packing; the self-check and flushing the packed bytes to disk): what one of them does
/// serially — libzip assembling the archive, reading it back, an `fsync` — the other fills
/// with work. Both run to the end; the results are the same values a serial run gives, so the
/// output does not depend on which finishes first. With one core they run one after the other.
public enum SideBySide {
    public static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard ParallelMap.cores > 1 else { return (first(), second()) }
        var a: A?
        var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                withUnsafeMutablePointer(to: &a) { a in
                    withUnsafeMutablePointer(to: &b) { b in
                        // Each slot is written by one iteration only, and `concurrentPerform`
                        // joins before either is read.
                        let work = UncheckedBox((first, second, a, b))
                        DispatchQueue.concurrentPerform(iterations: 2) { index in
                            let (first, second, a, b) = work.value
                            if index == 0 { a.pointee = first() } else { b.pointee = second() }
                        }
                    }
                }
            }
        }
        return (a!, b!)
    }
}
