import Dispatch
import Rendering
import Validation

/// Makes, on an idle core, what every build needs only once its manuscript is read.
///
/// Reading a plain-text manuscript runs on one core; meanwhile the other would wait. The
/// RELAX NG schemas (the renderer's contract, the package document's, the container file's)
/// are compiled once per process on first use, and ICU's transliterator behind the file name
/// slug (for titles beyond ASCII) loads its registry on first use: about 20 ms together, paid by a 10-chapter build as
/// much as by the Bible. Started here, they are ready, or nearly, when the book needs them.
/// Each is a lazily made, thread-safe value: whoever comes first makes it, the other waits
/// for it, so what is made and what every book gets do not depend on the timing.
enum BuildWarmUp {
    private static let group = DispatchGroup()

    static func start(_ version: EPUBVersion) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            _ = OutputContract.schema(for: version)
            Checker.prepare(epub2: version == .epub2)
            // Not ASCII, or the slug would skip the transliterator (ASCII titles never need it).
            _ = BookFileName.slug("Warm-up é")
        }
    }

    /// Waits for the warm-up to end. A build calls it before it returns: the process must not
    /// exit while the warm-up runs, because exit runs libxml2's destructor (xmlCleanupParser),
    /// which frees what a schema being compiled is using. A build that stopped early (a blank
    /// manuscript) crashed that way at exit about once in sixty runs.
    static func finish() { group.wait() }
}
