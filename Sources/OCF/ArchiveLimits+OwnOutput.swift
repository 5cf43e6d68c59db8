extension ArchiveLimits {
    /// Limits that admit exactly the archive packed from `publication`, with room to spare,
    /// for reading back our own output.
    ///
    /// The defaults guard against hostile foreign EPUBs; a book Imprint has just packed is not
    /// hostile, and a long one (10,000 chapters, a 300 MB audio book) would trip them. Every
    /// bound is taken from what was written: entry count, largest entry, total and archive
    /// size, longest name. The ratio bound is deflate's own ceiling (about 1032:1, reached
    /// only by long runs of one byte), since no entry we deflated can exceed it.
    public static func admitting(_ publication: Publication, packedSize: Int) -> ArchiveLimits {
        var largest = 0, total = 0, longestName = 0
        for entry in publication.entries {
            largest = max(largest, entry.data.count)
            total += entry.data.count
            longestName = max(longestName, entry.path.utf8.count)
        }
        func roomy(_ value: Int) -> UInt64 { UInt64(value) + UInt64(value / 4) + 4096 }
        return ArchiveLimits(maxArchiveSize: roomy(packedSize), maxEntries: Int(roomy(publication.entries.count)),
                             maxEntrySize: roomy(largest), maxTotalSize: roomy(total),
                             maxCompressionRatio: deflateCeiling + 8, ratioThreshold: ArchiveLimits.default.ratioThreshold,
                             maxPathLength: Int(roomy(longestName)))
    }

    /// The highest uncompressed:compressed ratio raw deflate can reach: a 258-byte match
    /// coded in as few as 2 bits (RFC 1951), so a format limit, not a heuristic.
    static let deflateCeiling: UInt64 = 1032
}
