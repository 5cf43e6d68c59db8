import BookModel

/// The TeX commands that name one symbol, by what they become in MathML: identifiers (Greek
/// letters, ∞, ∂), operators and relations, large operators, and functions set upright.
enum TeXSymbols {
    /// Letters and ordinary symbols: `<mi>`. Upper-case Greek is upright (`mathvariant="normal"`).
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "varkappa": "ϰ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
        "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "digamma": "ϝ",
        "infty": "∞", "partial": "∂", "nabla": "∇", "hbar": "ℏ", "hslash": "ℏ", "ell": "ℓ", "aleph": "ℵ",
        "beth": "ℶ", "emptyset": "∅", "varnothing": "∅", "Re": "ℜ", "Im": "ℑ", "wp": "℘", "imath": "ı",
        "jmath": "ȷ", "angle": "∠", "triangle": "△", "top": "⊤", "bot": "⊥", "Box": "□", "square": "□",
        "Diamond": "◇", "clubsuit": "♣", "diamondsuit": "♢", "heartsuit": "♡", "spadesuit": "♠",
        "flat": "♭", "natural": "♮", "sharp": "♯", "checkmark": "✓", "mho": "℧", "eth": "ð",
    ]
    static let upperGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Binary operators, relations, arrows, punctuation and fences: `<mo>`.
    static let operators: [String: String] = [
        "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "ast": "∗", "star": "⋆", "circ": "∘",
        "bullet": "∙", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "oslash": "⊘", "odot": "⊙", "cup": "∪",
        "cap": "∩", "setminus": "∖", "smallsetminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
        "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎", "dagger": "†", "ddagger": "‡", "amalg": "⨿", "wr": "≀",
        "diamond": "⋄", "bigtriangleup": "△", "bigtriangledown": "▽", "triangleleft": "◃", "triangleright": "▹",
        "lhd": "⊲", "rhd": "⊳", "cdotp": "⋅", "ldotp": ".", "backslash": "\\", "neg": "¬", "lnot": "¬",
        "forall": "∀", "exists": "∃", "nexists": "∄", "prime": "′", "therefore": "∴", "because": "∵",
        "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "⋯", "dotsm": "⋯", "cdots": "⋯", "vdots": "⋮",
        "ddots": "⋱", "colon": ":", "vert": "|", "Vert": "‖", "|": "‖", "mid": "∣", "nmid": "∤",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "leqslant": "⩽", "geqslant": "⩾",
        "equiv": "≡", "approx": "≈", "approxeq": "≊", "sim": "∼", "simeq": "≃", "cong": "≅", "ncong": "≇",
        "propto": "∝", "in": "∈", "notin": "∉", "ni": "∋", "owns": "∋", "subset": "⊂", "supset": "⊃",
        "subseteq": "⊆", "supseteq": "⊇", "subsetneq": "⊊", "supsetneq": "⊋", "nsubseteq": "⊈",
        "sqsubseteq": "⊑", "sqsupseteq": "⊒", "ll": "≪", "gg": "≫", "lll": "⋘", "ggg": "⋙",
        "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰", "perp": "⊥", "parallel": "∥",
        "nparallel": "∦", "models": "⊨", "vdash": "⊢", "dashv": "⊣", "asymp": "≍", "doteq": "≐",
        "bowtie": "⋈", "lesssim": "≲", "gtrsim": "≳", "nless": "≮", "ngtr": "≯", "nleq": "≰", "ngeq": "≱",
        "triangleq": "≜", "coloneqq": "≔", "coloneq": "≔",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹", "impliedby": "⟸",
        "iff": "⟺", "mapsto": "↦", "longmapsto": "⟼", "longrightarrow": "⟶", "longleftarrow": "⟵",
        "longleftrightarrow": "⟷", "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺",
        "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓",
        "hookrightarrow": "↪", "hookleftarrow": "↩", "nearrow": "↗", "searrow": "↘", "swarrow": "↙",
        "nwarrow": "↖", "leadsto": "⇝", "rightharpoonup": "⇀", "leftharpoonup": "↼", "rightleftharpoons": "⇌",
        "twoheadrightarrow": "↠", "rightsquigarrow": "⇝",
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]", "lvert": "|", "rvert": "|",
        "lVert": "‖", "rVert": "‖", "ulcorner": "⌜", "urcorner": "⌝", "llcorner": "⌞", "lrcorner": "⌟",
        "{": "{", "}": "}", "#": "#", "&": "&", "%": "%", "$": "$", "_": "_",
    ]

    /// Large operators; `true` when their limits go under and over in display math.
    static let largeOperators: [String: (symbol: String, limits: Bool)] = [
        "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true),
        "bigcap": ("⋂", true), "bigoplus": ("⨁", true), "bigotimes": ("⨂", true), "bigodot": ("⨀", true),
        "bigvee": ("⋁", true), "bigwedge": ("⋀", true), "bigsqcup": ("⨆", true), "biguplus": ("⨄", true),
        "int": ("∫", false), "iint": ("∬", false), "iiint": ("∭", false), "oint": ("∮", false),
        "smallint": ("∫", false),
    ]

    /// Functions set upright; `true` when their subscript goes under them in display math.
    static let functions: [String: Bool] = [
        "sin": false, "cos": false, "tan": false, "cot": false, "sec": false, "csc": false,
        "arcsin": false, "arccos": false, "arctan": false, "sinh": false, "cosh": false, "tanh": false,
        "coth": false, "log": false, "ln": false, "lg": false, "exp": false, "dim": false, "ker": false,
        "hom": false, "arg": false, "deg": false, "det": true, "gcd": true, "lcm": false, "max": true,
        "min": true, "sup": true, "inf": true, "lim": true, "liminf": true, "limsup": true, "Pr": true,
        "injlim": true, "projlim": true,
    ]

    /// Accents over (or, for `underline` and `underbrace`, under) their argument.
    static let accents: [String: (mark: String, under: Bool)] = [
        "hat": ("^", false), "widehat": ("^", false), "bar": ("¯", false), "overline": ("¯", false),
        "vec": ("→", false), "overrightarrow": ("→", false), "overleftarrow": ("←", false),
        "dot": ("˙", false), "ddot": ("¨", false), "dddot": ("⃛", false), "tilde": ("~", false),
        "widetilde": ("~", false), "acute": ("´", false), "grave": ("`", false), "breve": ("˘", false),
        "check": ("ˇ", false), "mathring": ("˚", false), "overbrace": ("⏞", false),
        "underline": ("_", true), "underbrace": ("⏟", true), "underrightarrow": ("→", true),
        "underleftarrow": ("←", true),
    ]

    /// Font commands and the `mathvariant` they give identifiers.
    static let fonts: [String: String] = [
        "mathbf": "bold", "mathit": "italic", "mathrm": "normal", "mathsf": "sans-serif",
        "mathtt": "monospace", "mathbb": "double-struck", "mathcal": "script", "mathscr": "script",
        "mathfrak": "fraktur", "boldsymbol": "bold-italic", "bm": "bold-italic", "mathnormal": "italic",
        "Bbb": "double-struck", "bold": "bold",
    ]

    /// Spacing commands, in em.
    static let spaces: [String: Double] = [
        ",": 0.1667, "thinspace": 0.1667, ":": 0.2222, ">": 0.2222, "medspace": 0.2222, ";": 0.2778,
        "thickspace": 0.2778, "!": -0.1667, "negthinspace": -0.1667, "quad": 1, "qquad": 2, " ": 0.3333,
        "enspace": 0.5,
    ]

    /// `\begin{…}` environments that are tables: the fences around them and each column's alignment.
    static let matrices: [String: (open: String?, close: String?)] = [
        "matrix": (nil, nil), "smallmatrix": (nil, nil), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"),
        "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
    ]
}
