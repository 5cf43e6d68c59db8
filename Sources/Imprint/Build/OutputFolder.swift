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
        guard FileManager.default.createFile(atPath: probe, contents: Data()) else {
            return String(cString: strerror(errno))
        }
        unlink(probe)
        return nil
    }
}
