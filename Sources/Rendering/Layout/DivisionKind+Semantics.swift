import BookModel

/// What each kind of division says to reading systems and assistive technology.
extension DivisionKind {
    /// The `epub:type` from the EPUB 3 Structural Semantics Vocabulary.
    var epubType: String {
        switch self {
        case .part: return "part"
        case .chapter: return "chapter"
        case .prologue: return "prologue"
        case .epilogue: return "epilogue"
        case .introduction: return "introduction"
        case .preface: return "preface"
        case .foreword: return "foreword"
        case .afterword: return "afterword"
        case .appendix: return "appendix"
        case .conclusion: return "conclusion"
        case .dedication: return "dedication"
        case .epigraph: return "epigraph"
        case .acknowledgments: return "acknowledgments"
        // The vocabulary has no term for an author's biography; "backmatter" is true of it.
        case .aboutAuthor: return "backmatter"
        case .colophon: return "colophon"
        case .copyright: return "copyright-page"
        case .endnotes: return "endnotes"
        }
    }

    /// The DPUB-ARIA role for a `<section>` of this kind; nil where DPUB-ARIA has none
    /// (an author's biography, a copyright page).
    var ariaRole: String? {
        switch self {
        case .aboutAuthor, .copyright: return nil
        default: return "doc-" + epubType
        }
    }

    /// A CSS class naming the kind, for stylesheets and reading systems that ignore `epub:type`.
    var cssClass: String {
        switch self {
        case .aboutAuthor: return "about-author"
        case .copyright: return "copyright"
        default: return epubType
        }
    }
}
