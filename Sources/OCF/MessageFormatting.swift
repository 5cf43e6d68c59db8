import Foundation

extension UInt64 {
    /// "12 MiB", "300 bytes": sizes as people read them in messages.
    var byteCount: String {
        if self >= 1 << 30, self % (1 << 30) == 0 { return "\(self >> 30) GiB" }
        if self >= 1 << 20 { return self % (1 << 20) == 0 ? "\(self >> 20) MiB" : String(format: "%.1f MiB", Double(self) / 1_048_576) }
        if self >= 1 << 10 { return self % (1 << 10) == 0 ? "\(self >> 10) KiB" : String(format: "%.1f KiB", Double(self) / 1024) }
        return self == 1 ? "1 byte" : "\(self) bytes"
    }
}

extension String {
    /// libzip's messages start with a capital ("Not a zip archive"); inside ours they follow a colon.
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
