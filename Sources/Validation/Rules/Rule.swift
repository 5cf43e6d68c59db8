import Diagnostics

/// One check with one job, and what it declares about itself: the codes it reports and the
/// publications it applies to. The registry (`Rules`) is built from these declarations, so a
/// rule is registered whole or not at all, and the runner refuses a finding the rule did not
/// declare.
///
/// A rule comes in one of two shapes: a `PublicationRule` reads the finished `CheckContext`
/// (the package, cross-document facts); a `DocumentRule` hands the one walk of each document a
/// walker that sees the elements it subscribes to. Rules never parse and never walk a tree
/// themselves: `ContextBuilder` parses every document once and walks it once.
protocol Rule: Sendable {
    /// Every code this rule may report. A finding with another code is a bug in the rule.
    var codes: [DiagnosticCode] { get }
    /// The EPUB major versions the rule applies to.
    var versions: EPUBVersions { get }
    /// The extension specification (`--profile` or the package's `dc:type`) the rule belongs
    /// to, or nil for rules of EPUB itself.
    var profile: CheckProfile? { get }
    /// What the rule judges: conformance to EPUB (always run) or accessibility (run when
    /// `CheckOptions.accessibility` asks for it).
    var concern: RuleConcern { get }
    /// Which of the two shapes the rule has. Provided by `PublicationRule` and `DocumentRule`,
    /// so a rule that is neither does not compile, and the registry sorts rules without
    /// dynamic casts (each first cast searches every conformance in the binary: milliseconds
    /// at every start).
    var shape: RuleShape { get }
}

/// A rule as what it is.
enum RuleShape {
    case publication(any PublicationRule)
    case document(any DocumentRule)
}

extension Rule {
    var versions: EPUBVersions { .all }
    var profile: CheckProfile? { nil }
    var concern: RuleConcern { .conformance }

    /// Whether the rule runs on this publication: its version, profile and concern match.
    func applies(to context: CheckContext) -> Bool {
        guard context.isEPUB2 ? versions.contains(.epub2) : versions.contains(.epub3) else { return false }
        if concern == .accessibility && !context.options.accessibility { return false }
        return profile.map(context.profileApplies) ?? true
    }

    /// The rule's name in messages about the rule itself.
    var name: String { String(describing: type(of: self)) }
}

/// A rule over the whole publication, run once the context is complete (or, for `.container`
/// rules, on the ZIP container before anything is parsed).
protocol PublicationRule: Rule {
    var stage: CheckStage { get }
    /// Whether the rule's work grows with the whole book (every reference, every document's
    /// facts) rather than with the package alone. `RuleRunner` starts those first, so that
    /// the many small rules fill the other cores while they run instead of one long rule
    /// running alone at the end.
    var growsWithTheBook: Bool { get }
    func check(_ context: CheckContext, into sink: inout DiagnosticSink)
}

extension PublicationRule {
    var stage: CheckStage { .publication }
    var growsWithTheBook: Bool { false }
    var shape: RuleShape { .publication(self) }
}

/// A rule that judges documents one at a time, element by element, during the one walk.
protocol DocumentRule: Rule {
    /// A walker for this document, or nil when the rule has nothing to look at in it (a
    /// document of another kind, or a rule that needs no walk for it).
    func walker(for document: DocumentInput) -> (any ElementWalker)?
}

extension DocumentRule {
    var shape: RuleShape { .document(self) }
}

/// When a publication rule runs.
enum CheckStage: Sendable {
    /// On the ZIP container alone, before anything is parsed; runs even when the package
    /// cannot be read.
    case container
    /// On the complete context of each rendition.
    case publication
}

/// EPUB major versions a rule applies to.
struct EPUBVersions: OptionSet, Sendable {
    let rawValue: Int
    static let epub2 = EPUBVersions(rawValue: 1)
    static let epub3 = EPUBVersions(rawValue: 2)
    static let all: EPUBVersions = [.epub2, .epub3]
}

/// What a rule judges. Conformance rules always run; accessibility rules only when asked
/// (`imprint check --accessibility`), since a conforming EPUB may still fail them.
enum RuleConcern: Sendable {
    case conformance
    case accessibility
}

/// The EPUB extension specifications EPUBCheck checks with `--profile`.
enum CheckProfile: String, Sendable, CaseIterable {
    case dict, edupub, idx, preview
}
