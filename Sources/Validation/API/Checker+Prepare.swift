extension Checker {
    /// Compiles the schemas a check of a book made by Imprint uses (its package document's,
    /// its container file's and the NCX's), so that a caller with an idle core can pay for
    /// them before the check needs them. Each is compiled once per process whoever asks
    /// first; asking again costs nothing.
    public static func prepare(epub2: Bool) {
        _ = epub2 ? Schemas.package20 : Schemas.package30
        _ = Schemas.ncx
        _ = epub2 ? Schemas.container20 : Schemas.container30
    }

    /// Waits until every checked publication handed to the background for freeing is freed.
    /// `imprint check` never waits (it exits); a benchmark that checks the same book again and
    /// again waits between runs, off the clock, so one run does not pay for the last one's.
    public static func finishReleases() {
        Deferred.finish()
    }
}
