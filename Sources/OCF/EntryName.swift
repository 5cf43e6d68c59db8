/// What the reader decides about an entry name before any byte of the entry is read.
///
/// Names are data, never paths on disk: nothing is extracted. Still, a name that is absolute
/// or climbs with `..` means the archive was made to escape a folder when unpacked, so it is
/// reported and its entry kept out of the publication, where a later stage might trust it.
enum EntryName {
    /// Decodes a raw name as UTF-8; invalid sequences become U+FFFD and the flag says so.
    static func decode(_ raw: [UInt8]) -> (name: String, valid: Bool) {
        if let s = String(validating: raw, as: UTF8.self) { return (s, true) }
        return (String(decoding: raw, as: UTF8.self), false)
    }

    /// Why a name is unsafe, or nil. Both separators count, because unpacking tools on Windows
    /// treat `\` as one.
    static func unsafeReason(_ name: String) -> String? {
        if name.hasPrefix("/") || name.hasPrefix("\\") { return "it is an absolute path" }
        let head = Array(name.utf8.prefix(3))
        if head.count >= 2, head[1] == UInt8(ascii: ":"), (head[0] | 0x20) >= UInt8(ascii: "a"), (head[0] | 0x20) <= UInt8(ascii: "z"),
           head.count == 2 || head[2] == UInt8(ascii: "/") || head[2] == UInt8(ascii: "\\") {
            return "it starts with a drive letter"
        }
        // A ".." segment: two dots between separators (or the name's ends), found in one
        // pass over the bytes.
        var length = 0, dots = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") {
                if length == 2, dots == 2 { return Self.climbs }
                length = 0; dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length == 2 && dots == 2 ? Self.climbs : nil
    }

    private static let climbs = "it contains a \"..\" segment"
}
