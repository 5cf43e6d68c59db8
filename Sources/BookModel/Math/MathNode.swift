/// A formula in the book, as presentation MathML describes it: the tree any reader of math
/// (TeX in Markdown, OMML in Word) builds and the one MathML writer renders.
///
/// The node kinds are MathML's presentation elements, so the writer is a direct walk and a
/// reader decides layout (limits over or beside an operator, stretchy fences) when it builds.
public indirect enum MathNode: Hashable, Sendable {
    /// `<mi>`: an identifier; `variant` is a MathML `mathvariant` (`normal`, `bold`,
    /// `double-struck` …) when it differs from the default.
    case identifier(String, variant: String? = nil)
    /// `<mn>`: a number.
    case number(String)
    /// `<mo>`: an operator, relation or fence.
    case op(String, MathOperatorForm = .plain)
    /// `<mtext>`: words inside a formula.
    case text(String)
    /// `<mspace>`: a space of `width` em.
    case space(width: Double)
    /// `<mrow>`: a group.
    case row([MathNode])
    /// `<mfrac>`; `thin` for a fraction without a bar (binomial coefficients).
    case fraction(MathNode, MathNode, thin: Bool = false)
    /// `<msqrt>` or, with an index, `<mroot>`.
    case root(MathNode, index: MathNode?)
    /// `<msub>`, `<msup>`, `<msubsup>` (`limits` false) or `<munder>`, `<mover>`,
    /// `<munderover>` (`limits` true: sub- and superscript set under and over the base).
    case scripts(MathNode, sub: MathNode?, sup: MathNode?, limits: Bool = false)
    /// An accent over (`\hat x`) or a line under (`\underline x`) the base.
    case accent(MathNode, mark: String, under: Bool = false)
    /// `<mtable>`: rows of cells, with each column's alignment (`left`, `center`, `right`).
    case table([[MathNode]], columnAlignments: [String] = [])
    /// `<mstyle>` with `displaystyle`.
    case style(MathNode, display: Bool)
    /// Text the reader could not convert (an unknown command), shown as written.
    case unknown(String)
}

/// How an operator sits: as written, stretched as a fence, or a large operator.
public enum MathOperatorForm: Hashable, Sendable {
    case plain
    /// A fence around a group (`\left(` … `\right)`): `stretchy`, prefix or postfix.
    case fence(opening: Bool)
    /// A large operator (∑, ∫): `largeop` in display math.
    case large
}

/// A formula: its tree, whether it is set apart (display) or in the line of text, and the
/// source it was written in (TeX), kept as the formula's text alternative.
public struct MathFormula: Hashable, Sendable {
    public var root: MathNode
    public var display: Bool
    public var source: String

    public init(root: MathNode, display: Bool, source: String) {
        self.root = root
        self.display = display
        self.source = source
    }
}
