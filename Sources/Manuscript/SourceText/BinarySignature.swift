/// Recognises files that are not text at all, so the message can say what the file is.
///
/// People point the tool at the wrong file of a project (the PDF, the Word file, a zip of
/// chapters); naming the format tells them what to export instead.
enum BinarySignature {
    private static let signatures: [(prefix: [UInt8], name: String)] = [
        (Array("%PDF".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (perhaps a Word .docx, an .odt or an EPUB)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office document (.doc)"),
        (Array("{\\rtf".utf8), "a Rich Text (RTF) document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable program"),
    ]

    /// The kind of binary file the bytes start like, if any.
    static func detect(_ bytes: [UInt8]) -> String? {
        for (prefix, name) in signatures where bytes.starts(with: prefix) { return name }
        return nil
    }

    /// Whether more than 2% of the first 64 KiB (and at least 8 bytes) are control bytes text
    /// never holds.
    ///
    /// Tab, line ends, form feed, vertical tab, escape and the DOS end-of-file mark do turn up
    /// in old texts; they are dropped later with a warning rather than rejecting the file.
    static func mostlyControlBytes(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for b in sample where b < 0x20 {
            switch b {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: continue
            default: controls += 1
            }
        }
        return controls >= 8 && controls * 50 > sample.count
    }
}
