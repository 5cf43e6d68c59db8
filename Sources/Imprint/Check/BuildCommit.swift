/// The commit a release binary was built from. `scripts/release` replaces `nil` with the hash
/// while it builds and restores this file afterwards; nothing else writes it.
enum BuildCommit {
    static let hash: String? = nil
}
