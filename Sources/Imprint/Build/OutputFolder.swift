import Foundation

/// Checks an output folder before any work is done, so an unwritable folder is one clear error
/// instead of one per book.
enum OutputFolder {
    /// The probe's name before the process id: `BookOutput.removeStale` knows it, so a build
    /// killed between creating and removing it leaves nothing behind for long.
    static let probePrefix = ".imprint-write-test-"

    /// Whether a file can be created in `folder` (creating the folder if needed); the reason if not.
    static func problem(folder: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "cannot create the folder: \(error.localizedDescription)"
        }
        let probe = (folder as NSString).appendingPathComponent(probePrefix + String(getpid()))
        // open(2), not FileManager.createFile: Foundation writes a file "atomically", through a
        // temporary `.dat.nosync…` of its own, which a build killed at that moment left in the
        // output folder under a name nothing knows to remove.
        let fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        close(fd)
        unlink(probe)
        return nil
    }
}
