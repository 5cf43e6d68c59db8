extension String {
    /// The text safe to print on a terminal or in a CI log: control characters other than tab
    /// and line feed, and the C1 range, shown as `\u{1B}`; each line feed replaced by
    /// `newline`. Messages quote hostile files, and an escape sequence in a file name must not
    /// reach the terminal as a command.
    func printable(newline: String = "\n") -> String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: out += newline
            case 0x09: out.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Without line breaks at the end: a message read from a file often ends in one.
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.unicodeScalars.last, last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
