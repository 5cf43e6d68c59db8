extension DiagnosticCode {
    // Reading a ZIP container (or an unpacked EPUB folder): what the reader itself must report.
    // Rules about names, order and the mimetype file belong to the OCF checks (Catalogue+OCF).
    // EPUBCheck's IDs and default severities where it has the same rule.
    public static let archiveHeaderUnreadable = DiagnosticCode("PKG-003", .error, "The file is too short to hold an EPUB header")
    public static let archiveHeaderCorrupt = DiagnosticCode("PKG-004", .fatal, "The file does not start with a ZIP local file header")
    public static let archiveUnreadable = DiagnosticCode("PKG-008", .fatal, "The file cannot be read as a ZIP archive")
    public static let archiveNotFound = DiagnosticCode("PKG-018", .fatal, "The EPUB file or folder does not exist")
    public static let archiveNameNotUTF8 = DiagnosticCode("PKG-027", .fatal, "Entry names in the ZIP archive are not encoded in UTF-8")

    // Imprint's own guards against hostile archives (limits are `ArchiveLimits`).
    public static let archiveTooManyEntries = DiagnosticCode("IMP-ZIP-001", .fatal, "The archive has more entries than the limit")
    public static let archiveFileTooLarge = DiagnosticCode("IMP-ZIP-002", .fatal, "The archive file is larger than the limit")
    public static let archiveEntryTooLarge = DiagnosticCode("IMP-ZIP-003", .error, "An entry is larger than the per-entry limit")
    public static let archiveTotalTooLarge = DiagnosticCode("IMP-ZIP-004", .error, "The entries together are larger than the total limit")
    public static let archiveCompressionRatio = DiagnosticCode("IMP-ZIP-005", .error, "An entry's compression ratio is implausibly high (a zip bomb)")
    public static let archiveEntrySizeMismatch = DiagnosticCode("IMP-ZIP-006", .error, "An entry's data does not match the size its header declares")
    public static let archiveUnsafeName = DiagnosticCode("IMP-ZIP-007", .error, "An entry name is absolute or climbs out of the container")
    public static let archiveNameTooLong = DiagnosticCode("IMP-ZIP-008", .error, "An entry name is longer than the limit")
    public static let archiveEncryptedEntry = DiagnosticCode("IMP-ZIP-009", .error, "An entry uses ZIP encryption, which OCF forbids")
    public static let archiveUnsupportedCompression = DiagnosticCode("IMP-ZIP-010", .error, "An entry uses a compression method other than stored or deflate")
    public static let archiveEntryUnreadable = DiagnosticCode("IMP-ZIP-011", .error, "An entry's data is corrupt or cannot be read")
    public static let folderLinkOutside = DiagnosticCode("IMP-ZIP-012", .error, "A file in an unpacked EPUB folder links outside the folder")

    static var archiveCodes: [DiagnosticCode] {
        [archiveHeaderUnreadable, archiveHeaderCorrupt, archiveUnreadable, archiveNotFound, archiveNameNotUTF8,
         archiveTooManyEntries, archiveFileTooLarge, archiveEntryTooLarge, archiveTotalTooLarge,
         archiveCompressionRatio, archiveEntrySizeMismatch, archiveUnsafeName, archiveNameTooLong,
         archiveEncryptedEntry, archiveUnsupportedCompression, archiveEntryUnreadable, folderLinkOutside]
    }
}
