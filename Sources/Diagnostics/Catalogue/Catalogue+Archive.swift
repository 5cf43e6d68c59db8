extension DiagnosticCode {
    // Reading a ZIP container (or an unpacked EPUB folder): what the reader itself must report.
    // Rules about names, order and the mimetype file belong to the OCF checks (Catalogue+OCF).
    // EPUBCheck's IDs and default severities where it has the same rule.
    public static let archiveHeaderUnreadable = DiagnosticCode("PKG-003", .error, "Unable to read EPUB file header: \"%1\" has only %2 bytes. This is likely a corrupted EPUB file.")
    public static let archiveHeaderCorrupt = DiagnosticCode("PKG-004", .fatal, "Corrupted EPUB ZIP header: \"%1\" does not start with a ZIP signature")
    public static let archiveUnreadable = DiagnosticCode("PKG-008", .fatal, "Unable to read file %1", summary: "The file cannot be read as a ZIP archive")
    public static let archiveNotFound = DiagnosticCode("PKG-018", .fatal, "%1", summary: "The EPUB file or folder does not exist")
    public static let archiveNameNotUTF8 = DiagnosticCode("PKG-027", .fatal, "Could not extract EPUB ZIP content: %1 entry name%2 not encoded in UTF-8")

    // Imprint's own guards against hostile archives (limits are `ArchiveLimits`).
    public static let archiveTooManyEntries = DiagnosticCode("IMP-ZIP-001", .fatal, "%1; it was not read", summary: "The archive has more entries than the limit")
    public static let archiveFileTooLarge = DiagnosticCode("IMP-ZIP-002", .fatal, "\"%1\" is %2, more than the limit of %3; it was not read")
    public static let archiveEntryTooLarge = DiagnosticCode("IMP-ZIP-003", .error, "%1; it was not read", summary: "An entry is larger than the per-entry limit")
    public static let archiveTotalTooLarge = DiagnosticCode("IMP-ZIP-004", .error, "%1", summary: "The entries together are larger than the total limit")
    public static let archiveCompressionRatio = DiagnosticCode("IMP-ZIP-005", .error, "\"%1\" would expand from %2 to %3 (%4:1, limit %5:1); it was not read")
    public static let archiveEntrySizeMismatch = DiagnosticCode("IMP-ZIP-006", .error, "\"%1\" expands past the %2 its header declares; reading stopped there")
    public static let archiveUnsafeName = DiagnosticCode("IMP-ZIP-007", .error, "Entry name \"%1\" is unsafe (%2); the entry was not read")
    public static let archiveNameTooLong = DiagnosticCode("IMP-ZIP-008", .error, "%1", summary: "An entry name is longer than the limit")
    public static let archiveEncryptedEntry = DiagnosticCode("IMP-ZIP-009", .error, "\"%1\" is encrypted with ZIP encryption; its content was not read")
    public static let archiveUnsupportedCompression = DiagnosticCode("IMP-ZIP-010", .error, "\"%1\" uses ZIP compression method %2; OCF allows only stored (0) and deflate (8), so it was not read")
    public static let archiveEntryUnreadable = DiagnosticCode("IMP-ZIP-011", .error, "%1", summary: "An entry's data is corrupt or cannot be read")
    public static let folderLinkOutside = DiagnosticCode("IMP-ZIP-012", .error, "\"%1\" is a link to a place outside the EPUB folder; it was not read")

    static var archiveCodes: [DiagnosticCode] {
        [archiveHeaderUnreadable, archiveHeaderCorrupt, archiveUnreadable, archiveNotFound, archiveNameNotUTF8,
         archiveTooManyEntries, archiveFileTooLarge, archiveEntryTooLarge, archiveTotalTooLarge,
         archiveCompressionRatio, archiveEntrySizeMismatch, archiveUnsafeName, archiveNameTooLong,
         archiveEncryptedEntry, archiveUnsupportedCompression, archiveEntryUnreadable, folderLinkOutside]
    }
}
