import Diagnostics

/// UTF-16 and UTF-32 text (what Windows tools write as "Unicode") turned into UTF-8 bytes.
enum WideDecoding {
    enum Form: Equatable {
        case utf16LE, utf16BE, utf32LE, utf32BE

        var name: String {
            switch self {
            case .utf16LE: return "UTF-16LE"
            case .utf16BE: return "UTF-16BE"
            case .utf32LE: return "UTF-32LE"
            case .utf32BE: return "UTF-32BE"
            }
        }
        var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
        var littleEndian: Bool { self == .utf16LE || self == .utf32LE }
    }

    /// UTF-16 without a byte-order mark, recognised by its zero bytes: Latin-script text has a
    /// zero in every other byte, always on the same side. Needs a few hundred bytes of evidence.
    static func sniffUnmarked(_ bytes: [UInt8]) -> Form? {
        let sample = bytes.prefix(4096)
        let pairs = sample.count / 2
        guard pairs >= 8 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        var i = sample.startIndex
        while i + 1 < sample.endIndex {
            if sample[i] == 0 { zeroEven += 1 }
            if sample[i + 1] == 0 { zeroOdd += 1 }
            i += 2
        }
        if zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs { return .utf16LE }
        if zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs { return .utf16BE }
        return nil
    }

    /// The text as UTF-8, or nil after reporting a truncated file or an unpaired surrogate.
    static func decode(_ bytes: ArraySlice<UInt8>, _ form: Form, path: String, sink: inout DiagnosticSink) -> [UInt8]? {
        let size = form.unitSize
        if bytes.count % size != 0 {
            sink.emit(.encodingUndecidable,
                      ["the file reads as \(form.name) but its length (\(bytes.count) bytes) is not a multiple of \(size): the file is cut short or not \(form.name)"],
                      at: SourceLocation(file: path),
                      suggestion: "Open the file in a text editor and save it as UTF-8, then build again.")
            return nil
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1
        var column = 1
        var pendingHigh: UInt32?
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let unit = readUnit(bytes, at: i, form)
            i += size
            var scalarValue: UInt32
            if size == 2 {
                if let high = pendingHigh {
                    pendingHigh = nil
                    guard unit >= 0xDC00 && unit <= 0xDFFF else {
                        return fail(path, form, line, column, &sink)
                    }
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                } else if unit >= 0xD800 && unit <= 0xDBFF {
                    pendingHigh = unit
                    continue
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    return fail(path, form, line, column, &sink)
                } else {
                    scalarValue = unit
                }
            } else {
                scalarValue = unit
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { return fail(path, form, line, column, &sink) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            out.append(contentsOf: String(scalar).utf8)
        }
        if pendingHigh != nil { return fail(path, form, line, column, &sink) }
        return out
    }

    private static func readUnit(_ b: ArraySlice<UInt8>, at i: Int, _ form: Form) -> UInt32 {
        if form.unitSize == 2 {
            let (lo, hi) = form.littleEndian ? (b[i], b[i + 1]) : (b[i + 1], b[i])
            return UInt32(hi) << 8 | UInt32(lo)
        }
        let bytes = form.littleEndian ? [b[i], b[i + 1], b[i + 2], b[i + 3]] : [b[i + 3], b[i + 2], b[i + 1], b[i]]
        return UInt32(bytes[3]) << 24 | UInt32(bytes[2]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[0])
    }

    private static func fail(_ path: String, _ form: Form, _ line: Int, _ column: Int,
                             _ sink: inout DiagnosticSink) -> [UInt8]? {
        sink.emit(.encodingUndecidable,
                  ["the file reads as \(form.name) but is not valid \(form.name) at line \(line), column \(column) (a broken character)"],
                  at: SourceLocation(file: path, line: line, column: column),
                  suggestion: "Open the file in a text editor and save it as UTF-8, then build again.")
        return nil
    }
}
