/// A stable message identifier with its default severity and its one message text.
///
/// Where EPUBCheck has the same rule we use its ID (`PKG-006`, `RSC-005` …) so existing scripts
/// keep working; Imprint's own rules use the `IMP-` prefix. Every code is listed in the
/// catalogue (`DiagnosticCode.catalogue`), one file per area.
///
/// The text is a template with numbered arguments, `%1`, `%2` …, filled in where the message is
/// reported (`sink.emit(.rsc012, [[url, id]], at: place)`): the words live here once, the call
/// site supplies only the evidence. As in EPUBCheck's message bundle, an argument may appear
/// more than once or not at all.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let severity: Severity
    /// The message text with `%1` … `%9` where the arguments go.
    public let template: String
    /// One line on what the code means, for `imprint messages` and the docs: the template with
    /// its arguments shown as "…", unless the template is mostly evidence (`%1`) and the code
    /// carries a description of its own.
    public let summary: String

    public init(_ id: String, _ severity: Severity, _ template: String, summary: String? = nil) {
        self.id = id
        self.severity = severity
        self.template = template
        self.summary = summary ?? MessageTemplate.render(template) { _ in "…" }
    }

    public var description: String { id }

    /// How many arguments the template takes (its highest `%n`).
    public var arity: Int { MessageTemplate.arity(template) }

    /// The message text for these arguments.
    public func message(_ arguments: [String]) -> String {
        assert(arguments.count == arity, "\(id) takes \(arity) argument(s), got \(arguments.count): \(arguments)")
        return MessageTemplate.render(template) { n in n <= arguments.count ? arguments[n - 1] : "…" }
    }
}

/// `%1` … `%9` placeholders in a message template; `%%` is a literal percent sign.
enum MessageTemplate {
    static func render(_ template: String, _ argument: (Int) -> String) -> String {
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            let next = template.index(after: i)
            if c == "%", next < template.endIndex {
                let d = template[next]
                if d == "%" {
                    out.append("%")
                    i = template.index(after: next)
                    continue
                }
                if let n = d.wholeNumberValue, n >= 1 {
                    out += argument(n)
                    i = template.index(after: next)
                    continue
                }
            }
            out.append(c)
            i = next
        }
        return out
    }

    static func arity(_ template: String) -> Int {
        var highest = 0
        _ = render(template) { n in highest = max(highest, n); return "" }
        return highest
    }
}
