import Foundation

/// Packs a publication into ZIP bytes: same entries and date → same bytes.
enum ArchiveWriter {
    /// What libzip writes for no entries is nothing at all (it deletes empty archives);
    /// a ZIP with no entries is its end-of-central-directory record alone.
    private static let emptyArchive = Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))

    static func pack(_ publication: Publication, date: Date) throws -> Data {
        for entry in publication.entries {
            if let reason = invalidReason(entry.path) {
                throw ArchiveError.invalidEntryName(entry.path, reason: reason)
            }
        }
        guard !publication.entries.isEmpty else { return emptyArchive }
        let time = DOSDateTime(date)
        let compressed = publication.entries.filter { !$0.stored }
        var deflated = try DeflatedEntry.deflateAll(compressed.map(\.data), level: Int32(ZipWriteHandle.deflateLevel))
            .makeIterator()
        let zip = try ZipWriteHandle()
        for entry in publication.entries {
            if !entry.stored, let bytes = deflated.next() {
                try zip.add(name: entry.path, deflated: bytes, time: time)
            } else {
                try zip.add(name: entry.path, data: entry.data, stored: entry.stored, time: time)
            }
        }
        return try zip.finish()
    }

    /// Names that would make a hostile archive: our own publications never need them.
    private static func invalidReason(_ path: String) -> String? {
        if path.isEmpty { return "the name is empty" }
        if path.utf8.contains(0) { return "the name contains a NUL character" }
        return EntryName.unsafeReason(path)
    }
}
