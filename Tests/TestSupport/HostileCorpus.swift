import Foundation

/// Builders for the hostile corpus (issue 10): inputs made in the test, never checked in when
/// large, each named for what it is.
public enum HostileCorpus {
    /// A fresh folder under the temporary directory; the caller removes it.
    public static func folder(_ name: String = "hostile") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("imprint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` at `name` inside `folder` (creating folders); returns the path.
    @discardableResult
    public static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try write(Data(text.utf8), name, in: folder)
    }

    @discardableResult
    public static func write(_ data: Data, _ name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    /// A sparse file of `size` bytes (no blocks written): how a 3 GB manuscript is made in a
    /// test without writing 3 GB.
    @discardableResult
    public static func sparse(_ name: String, size: UInt64, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
        return path
    }

    /// YAML nested `depth` levels as flow sequences: `key: [[[…]]]` on one line.
    public static func deepFlowYAML(depth: Int, key: String = "deep") -> String {
        "title: Deep\n\(key): " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    }

    /// YAML nested `depth` levels as indented block sequences, one level a line.
    public static func deepBlockYAML(depth: Int, key: String = "deep") -> String {
        var text = "title: Deep\n\(key):\n"
        for level in 0..<depth { text += String(repeating: " ", count: level) + "-\n" }
        return text
    }

    /// The "billion laughs" in YAML: each level a list of `fanOut` aliases of the one before.
    public static func aliasBombYAML(levels: Int, fanOut: Int) -> String {
        var lines = ["title: Laughs", "l0: &l0 [" + Array(repeating: "lol", count: fanOut).joined(separator: ", ") + "]"]
        for i in 1...levels {
            lines.append("l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: fanOut).joined(separator: ", ") + "]")
        }
        lines.append("subject: *l\(levels)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A valid 1×1 PNG (signature, IHDR, IDAT, IEND), optionally padded with an ancillary
    /// chunk of `padding` random bytes so a book can be made large.
    public static func png(padding: Int = 0) -> Data {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + body
            return bytes32(UInt32(body.count)) + typed + bytes32(crc32(typed))
        }
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += chunk("IHDR", bytes32(1) + bytes32(1) + [8, 0, 0, 0, 0])
        if padding > 0 {
            // Incompressible bytes eight at a time from SplitMix64, seeded by the system (a system
            // call per byte made 3 MB take seconds in a debug build).
            var state = UInt64.random(in: .min ... .max)
            var noise = [UInt8](repeating: 0, count: padding)
            noise.withUnsafeMutableBytes { bytes in
                var at = 0
                while at < bytes.count {
                    state &+= 0x9E37_79B9_7F4A_7C15
                    var word = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
                    word = (word ^ (word >> 27)) &* 0x94D0_49BB_1331_11EB
                    word ^= word >> 31
                    let take = min(8, bytes.count - at)
                    withUnsafeBytes(of: &word) { bytes.baseAddress!.advanced(by: at).copyMemory(from: $0.baseAddress!, byteCount: take) }
                    at += take
                }
            }
            out += chunk("haSh", noise)
        }
        out += chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])
        out += chunk("IEND", [])
        return Data(out)
    }

    /// A PNG whose signature is right and whose header is not: what a truncated upload looks like.
    public static let damagedPNG = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x41, count: 40))

    private static func bytes32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// PNG's CRC-32, a table lookup per byte (bit by bit, a 3 MB chunk took seconds in a debug build).
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            crcTable.withUnsafeBufferPointer { table in
                var crc: UInt32 = 0xFFFF_FFFF
                for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
                return ~crc
            }
        }
    }

    private static let crcTable: [UInt32] = (0..<256).map { (n: Int) -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        return c
    }
}
