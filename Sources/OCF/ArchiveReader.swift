import Diagnostics
import Foundation

/// Turns an archive's bytes into a listing and a publication, reporting what stops it reading.
///
/// Every limit is checked on the declared sizes before anything is allocated and again on the
/// bytes that actually come out, so a lying header costs at most its declared size plus one.
struct ArchiveReader {
    let limits: ArchiveLimits
    /// The archive's name in locations (the path as given, or a caller's label).
    let container: String

    func read(_ bytes: UnsafeRawBufferPointer, sink: inout DiagnosticSink) -> (ArchiveListing, Publication)? {
        let header = Array(bytes.prefix(58))
        checkHeader(header, sink: &sink)

        let directory: CentralDirectory?
        do {
            directory = try CentralDirectory.read(bytes, maxEntries: limits.maxEntries)
        } catch CentralDirectory.Failure.noEndRecord {
            // libzip would take an empty file for a new, empty archive: decide here.
            sink.emit(.archiveUnreadable,
                      ["\"\(container)\": it has no ZIP end-of-central-directory record (not a ZIP archive, or truncated)"],
                      at: archiveLocation, suggestion: Self.recreate)
            return nil
        } catch {
            directory = nil // libzip may still manage; the raw facts are then missing
        }
        if let declared = directory?.declaredCount, declared > UInt64(limits.maxEntries) {
            reportTooManyEntries(declared, sink: &sink)
            return nil
        }
        let zip: ZipReadHandle
        switch ZipReadHandle.open(bytes) {
        case .success(let handle): zip = handle
        case .failure(let failure):
            sink.emit(.archiveUnreadable, ["\"\(container)\": \(failure.message.lowercasedFirst)"],
                      at: archiveLocation, suggestion: Self.recreate)
            return nil
        }
        let count = zip.entryCount
        if count > limits.maxEntries {
            reportTooManyEntries(UInt64(count), sink: &sink)
            return nil
        }
        // The raw records carry what libzip hides; use them only when both readings agree.
        let records = directory.flatMap { $0.records.count == count ? $0.records : nil }

        var listing = ArchiveListing(items: [], headerBytes: header)
        listing.items.reserveCapacity(count)
        var publication = Publication()
        var total: UInt64 = 0
        var totalExceeded = false
        var badNames: [String] = []
        // Ordinary entries inflated on all cores first; the pass below takes them in order.
        let prefetched = records.map { EntryPrefetch.inflate(bytes, records: $0, limits: limits) }

        for index in 0..<count {
            guard var item = makeItem(index, zip: zip, record: records?[index]) else {
                sink.emit(.archiveEntryUnreadable, ["Entry \(index + 1) of the central directory cannot be read"],
                          at: archiveLocation)
                continue
            }
            if !item.nameIsValidUTF8 { badNames.append(item.name) }
            defer { listing.items.append(item) }
            if item.isDirectory || !admit(item, sink: &sink) { continue }
            if let record = records?[index], let local = record.localName, local != record.rawName {
                sink.emit(.archiveEntryUnreadable,
                          ["\"\(item.name)\" cannot be read: its local header names it \"\(String(decoding: local, as: UTF8.self))\"; it was not read"],
                          at: location(item), notes: ["Tools that read local headers and tools that read the central directory would unpack different files."],
                          suggestion: "Re-create the archive with a standard ZIP tool.")
                continue
            }
            if publication.contains(item.name) { continue } // a duplicate: OPF-060 judges it
            if totalExceeded { continue }
            if total + item.uncompressedSize > limits.maxTotalSize {
                totalExceeded = true
                sink.emit(.archiveTotalTooLarge,
                          ["The entries of \"\(container)\" add up to more than \(limits.maxTotalSize.byteCount) uncompressed; \"\(item.name)\" and the entries after it were not read"],
                          at: archiveLocation, suggestion: "If the book is genuine, raise the limit: imprint check --limit total-size=2G.")
                continue
            }
            let read = prefetched?[index].map(ZipReadHandle.EntryRead.data) ?? zip.read(index, declaredSize: Int(item.uncompressedSize))
            switch read {
            case .data(let data):
                total += UInt64(data.count)
                publication.add(path: item.name, data: data, stored: item.compressionMethod == 0)
                item.wasRead = true
            case .longerThanDeclared:
                sink.emit(.archiveEntrySizeMismatch,
                          ["\(item.name)", "\(item.uncompressedSize.byteCount)"],
                          at: location(item), notes: ["A header that understates the size is how zip bombs get past size checks."],
                          suggestion: "Re-create the archive with a standard ZIP tool.")
            case .failed(let reason):
                sink.emit(.archiveEntryUnreadable, ["\"\(item.name)\" cannot be read: \(reason.lowercasedFirst)"],
                          at: location(item), suggestion: "The archive is damaged; re-create it from the original files.")
            }
        }
        if !badNames.isEmpty {
            sink.emit(.archiveNameNotUTF8,
                      ["\(badNames.count)", "\(badNames.count == 1 ? " is" : "s are")"],
                      at: archiveLocation, notes: badNames.map { "entry name: \"\($0)\"" },
                      suggestion: "Re-create the archive with a tool that stores file names as UTF-8.")
        }
        return (listing, publication)
    }

    private static let recreate = "Check that the file is a complete EPUB; re-create it with `zip -X0 book.epub mimetype && zip -rX9 book.epub META-INF EPUB`."

    // MARK: - Steps

    /// EPUBCheck reads the first 58 bytes before anything else: too few is PKG-003, else no
    /// `PK` signature is PKG-004. The mimetype rules on the same bytes are the OCF checks' business.
    private func checkHeader(_ header: [UInt8], sink: inout DiagnosticSink) {
        if header.count < 58 {
            sink.emit(.archiveHeaderUnreadable,
                      ["\(container)", "\(header.count)"],
                      at: archiveLocation)
        } else if header[0] != 0x50 || header[1] != 0x4B {
            let start = header.prefix(4).map { String(format: "%02X", $0) }.joined(separator: " ")
            sink.emit(.archiveHeaderCorrupt, ["\(container)"],
                      at: archiveLocation, notes: ["first bytes: \(start)"],
                      suggestion: "Check that the file is an EPUB (a ZIP archive) and not another kind of file renamed.")
        }
    }

    private func makeItem(_ index: Int, zip: ZipReadHandle, record: CentralDirectory.Record?) -> ArchiveListing.Item? {
        guard let st = zip.stat(index) else { return nil }
        let raw = record?.rawName ?? zip.rawName(index)
        let (name, valid) = EntryName.decode(raw)
        let flags = record?.flags ?? (st.encryption_method != 0 ? 1 : 0)
        return ArchiveListing.Item(
            name: name, rawName: raw, nameIsValidUTF8: valid, index: index,
            compressionMethod: record?.method ?? UInt16(truncatingIfNeeded: st.comp_method),
            compressedSize: record?.compressedSize ?? st.comp_size,
            uncompressedSize: record?.uncompressedSize ?? st.size,
            isDirectory: raw.last == UInt8(ascii: "/"),
            isEncrypted: flags & 1 != 0 || st.encryption_method != 0,
            flags: flags, localExtraFieldLength: record?.localExtraFieldLength)
    }

    /// Whether an entry may be read at all; reports why not.
    private func admit(_ item: ArchiveListing.Item, sink: inout DiagnosticSink) -> Bool {
        let at = location(item)
        if item.rawName.count > limits.maxPathLength {
            sink.emit(.archiveNameTooLong,
                      ["An entry name is \(item.rawName.count) bytes long, more than the limit of \(limits.maxPathLength); the entry was not read"],
                      at: archiveLocation, notes: ["name starts: \"\(item.name.prefix(80))…\""])
            return false
        }
        if let reason = EntryName.unsafeReason(item.name) {
            sink.emit(.archiveUnsafeName, ["\(item.name)", "\(reason)"],
                      at: at, suggestion: "Entry names must be relative paths inside the container, such as \"EPUB/chapter1.xhtml\".")
            return false
        }
        if item.isEncrypted {
            sink.emit(.archiveEncryptedEntry, ["\(item.name)"],
                      at: at, suggestion: "OCF forbids ZIP-level encryption; encrypt resources as META-INF/encryption.xml describes, or not at all.")
            return false
        }
        if item.compressionMethod != 0 && item.compressionMethod != 8 {
            sink.emit(.archiveUnsupportedCompression,
                      ["\(item.name)", "\(item.compressionMethod)"],
                      at: at, suggestion: "Re-create the archive with deflate compression.")
            return false
        }
        if item.uncompressedSize > limits.maxEntrySize {
            sink.emit(.archiveEntryTooLarge,
                      ["\"\(item.name)\" declares \(item.uncompressedSize.byteCount) uncompressed, more than the limit of \(limits.maxEntrySize.byteCount)"],
                      at: at, suggestion: "If the file is genuine, raise the limit: imprint check --limit entry-size=512M.")
            return false
        }
        let ratio = item.uncompressedSize / max(item.compressedSize, 1)
        if item.uncompressedSize > limits.ratioThreshold, ratio > limits.maxCompressionRatio {
            sink.emit(.archiveCompressionRatio,
                      ["\(item.name)", "\(item.compressedSize.byteCount)", "\(item.uncompressedSize.byteCount)", "\(ratio)", "\(limits.maxCompressionRatio)"],
                      at: at, notes: ["Ratios like this come from zip bombs, not from books."],
                      suggestion: "If the file is genuine, raise the limit: imprint check --limit ratio=2000.")
            return false
        }
        return true
    }

    private func reportTooManyEntries(_ count: UInt64, sink: inout DiagnosticSink) {
        sink.emit(.archiveTooManyEntries,
                  ["\"\(container)\" declares \(count) entries, more than the limit of \(limits.maxEntries)"],
                  at: archiveLocation, suggestion: "If the book is genuine, raise the limit: imprint check --limit entries=100000.")
    }

    private var archiveLocation: SourceLocation { SourceLocation(file: container) }

    private func location(_ item: ArchiveListing.Item) -> SourceLocation {
        SourceLocation(file: item.name, container: container)
    }
}
