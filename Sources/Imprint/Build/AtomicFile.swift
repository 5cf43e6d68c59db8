import Foundation

/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// bytes go to a temporary file in the same folder, which is then renamed over the target.
/// On failure the temporary file is removed and the target is untouched.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write '\(path)': \(reason)" }
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = (folder as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Whether a file can be created in `folder` (creating the folder if needed); the reason if not.
    static func checkWritable(folder: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "cannot create the folder: \(error.localizedDescription)"
        }
        let probe = (folder as NSString).appendingPathComponent(".imprint-write-test-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: probe, contents: Data()) else {
            return String(cString: strerror(errno))
        }
        unlink(probe)
        return nil
    }
}
