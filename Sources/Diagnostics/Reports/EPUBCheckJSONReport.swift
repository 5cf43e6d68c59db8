/// EPUBCheck 5.3's `--json` report, key for key, so scripts written for EPUBCheck run unchanged
/// (`--format epubcheck-json`): `messages` grouped per message with their `locations`,
/// `customMessageFileName`, `checker`, `publication` and `items`, in EPUBCheck's order.
///
/// EPUBCheck checks one publication per run; so does this shape. Several publications give a
/// JSON array of such objects, in input order. What Imprint does not measure is written with
/// EPUBCheck's type and an empty value: `context` null, `charsCount` 0, `embeddedFonts` and
/// `refFonts` empty, `referencedItems` empty.
public struct EPUBCheckJSONReport: ReportRenderer {
    /// `checker.checkDate`, in EPUBCheck's `MM-dd-yyyy HH:mm:ss`; the caller supplies it so
    /// the renderer never reads the clock.
    public var checkDate: String
    /// Writes real `elapsedTime`s; 0 when false, for reproducible output.
    public var includeTiming: Bool

    public init(checkDate: String = "01-01-1970 00:00:00", includeTiming: Bool = false) {
        self.checkDate = checkDate
        self.includeTiming = includeTiming
    }

    public func render(_ report: Report) -> String {
        let objects = report.subjects.map { publication($0, toolVersion: report.toolVersion) }
        return (objects.count == 1 ? objects[0] : .array(objects)).serialized()
    }

    func publication(_ subject: ReportSubject, toolVersion: String) -> JSONValue {
        .object([
            ("messages", .array(messages(subject.diagnostics, subject: subject))),
            ("customMessageFileName", .null),
            ("checker", checker(subject, toolVersion: toolVersion)),
            ("publication", facts(subject)),
            ("items", .array(subject.items.map(item))),
        ])
    }

    /// One entry per distinct message (ID, severity, text, suggestion), in order of first
    /// occurrence, with every place it occurred.
    func messages(_ diagnostics: [Diagnostic], subject: ReportSubject) -> [JSONValue] {
        var order: [String] = []
        var groups: [String: (first: Diagnostic, locations: [JSONValue])] = [:]
        for d in diagnostics {
            let key = [d.id, d.severity.rawValue, d.message, d.suggestion ?? "\u{0}"].joined(separator: "\u{1}")
            if groups[key] == nil { order.append(key); groups[key] = (d, []) }
            if let location = d.location { groups[key]?.locations.append(Self.location(location)) }
        }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            return .object([
                ("ID", .string(group.first.id)),
                ("severity", .string(group.first.severity.epubCheckName)),
                ("message", .string(group.first.message)),
                ("additionalLocations", .int(0)),
                ("locations", .array(group.locations)),
                ("suggestion", .optional(group.first.suggestion)),
            ])
        }
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([
            // EPUBCheck serialises Java's URI bean here; the two flags are all it ever holds.
            ("url", .object([("opaque", .bool(false)), ("hierarchical", .bool(true))])),
            ("path", .string(location.file)),
            ("line", .int(location.line ?? -1)),
            ("column", .int(location.column ?? -1)),
            ("context", .null),
        ])
    }

    func checker(_ subject: ReportSubject, toolVersion: String) -> JSONValue {
        let name = subject.path.split(separator: "/").last.map(String.init) ?? subject.path
        return .object([
            ("path", .string(subject.path)),
            ("filename", .string(name)),
            ("checkerVersion", .string(toolVersion)),
            ("checkDate", .string(checkDate)),
            ("elapsedTime", .int(includeTiming ? JSONReport.milliseconds(subject.elapsed ?? 0) : 0)),
            ("nFatal", .int(subject.count(.fatal))),
            ("nError", .int(subject.count(.error))),
            ("nWarning", .int(subject.count(.warning))),
            ("nUsage", .int(subject.count(.usage))),
        ])
    }

    func facts(_ subject: ReportSubject) -> JSONValue {
        let p = subject.properties
        let f = subject.packageFacts ?? PackageFacts()
        let creators = f.creators.isEmpty ? (p["creator"].map { [$0] } ?? []) : f.creators
        return .object([
            ("publisher", .optional(f.publisher)),
            ("title", .optional(p["title"])),
            ("creator", .array(creators.map(JSONValue.string))),
            ("date", .optional(f.date ?? p["modified"])),
            ("subject", .array(f.subjects.map(JSONValue.string))),
            ("description", .optional(f.description)),
            ("rights", .optional(f.rights)),
            ("identifier", .optional(p["identifier"])),
            ("language", .optional(p["language"])),
            ("nSpines", .int(Int(p["nSpines"] ?? "") ?? 0)),
            ("checkSum", .int(0)),
            ("renditionLayout", .string(f.renditionLayout)),
            ("renditionOrientation", .string(f.renditionOrientation)),
            ("renditionSpread", .string(f.renditionSpread)),
            ("ePubVersion", .optional(p["ePubVersion"].map(Self.epubVersion))),
            ("isScripted", .bool(p["isScripted"] == "true")),
            ("hasFixedFormat", .bool(p["hasFixedFormat"] == "true")),
            ("isBackwardCompatible", .bool(f.isBackwardCompatible)),
            ("hasAudio", .bool(f.hasAudio)),
            ("hasVideo", .bool(f.hasVideo)),
            ("charsCount", .int(0)),
            ("embeddedFonts", .array([])),
            ("refFonts", .array([])),
            ("hasEncryption", .bool(f.hasEncryption)),
            ("hasSignatures", .bool(f.hasSignatures)),
            ("contributors", .array(f.contributors.map(JSONValue.string))),
        ])
    }

    /// EPUBCheck names the specification it checked against: 3.3 for any EPUB 3, 2.0.1 for EPUB 2.
    static func epubVersion(_ declared: String) -> String {
        declared.hasPrefix("3") ? "3.3" : declared.hasPrefix("2") ? "2.0.1" : declared
    }

    func item(_ item: ReportItem) -> JSONValue {
        let spine = item.isSpineItem
        return .object([
            ("id", .string(item.id)),
            ("fileName", .string(item.fileName)),
            ("media_type", .optional(item.mediaType)),
            ("compressedSize", .int(item.compressedSize)),
            ("uncompressedSize", .int(item.uncompressedSize)),
            ("compressionMethod", .string(item.compressionMethod)),
            ("checkSum", .string(item.checkSum)),
            ("isSpineItem", .bool(spine)),
            ("spineIndex", item.spineIndex.map(JSONValue.int) ?? .null),
            ("isLinear", .bool(item.isLinear)),
            ("isFixedFormat", spine ? .bool(item.isFixedFormat) : .null),
            ("isScripted", .bool(item.isScripted)),
            ("renditionLayout", spine ? .string(item.isFixedFormat ? "pre-paginated" : "reflowable") : .null),
            ("renditionOrientation", spine ? .string("auto") : .null),
            ("renditionSpread", spine ? .string("auto") : .null),
            ("referencedItems", .array([])),
        ])
    }
}
