/// The byte-order mark a file starts with, which settles its encoding before any guessing.
enum ByteOrderMark: Equatable {
    case utf8, utf16LE, utf16BE, utf32LE, utf32BE

    /// Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
    static func detect(_ b: [UInt8]) -> ByteOrderMark? {
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return .utf32LE }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return .utf32BE }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return .utf8 }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return .utf16LE }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return .utf16BE }
        return nil
    }

    var length: Int {
        switch self {
        case .utf8: return 3
        case .utf16LE, .utf16BE: return 2
        case .utf32LE, .utf32BE: return 4
        }
    }

    /// The wide form this mark announces (meaningless for `.utf8`).
    var wideForm: WideDecoding.Form {
        switch self {
        case .utf16LE, .utf8: return .utf16LE
        case .utf16BE: return .utf16BE
        case .utf32LE: return .utf32LE
        case .utf32BE: return .utf32BE
        }
    }
}
