import BookModel
import Foundation

/// Division kinds from headings: a heading that is just "Prologue" or "About the Author" makes
/// that kind of division (for `epub:type`, roles and landmarks).
enum DivisionKinds {
    static func kind(forTitle title: String) -> DivisionKind? {
        var t = title.lowercased().trimmingCharacters(in: .whitespaces)
        if let colon = t.firstIndex(where: { $0 == ":" || $0 == "." || $0 == "—" || $0 == "–" }) {
            t = String(t[..<colon]).trimmingCharacters(in: .whitespaces)
        }
        switch t {
        case "prologue", "prolog": return .prologue
        case "epilogue", "epilog": return .epilogue
        case "introduction": return .introduction
        case "preface": return .preface
        case "foreword", "forward": return .foreword
        case "afterword": return .afterword
        case "conclusion": return .conclusion
        case "dedication": return .dedication
        case "epigraph": return .epigraph
        case "acknowledgements", "acknowledgments": return .acknowledgments
        case "about the author", "about the authors": return .aboutAuthor
        case "colophon": return .colophon
        case "copyright": return .copyright
        case "endnotes", "notes": return .endnotes
        default:
            if t == "appendix" || t.hasPrefix("appendix ") { return .appendix }
            return nil
        }
    }

    static func kind(forEPUBType type: String) -> DivisionKind? {
        switch type.lowercased() {
        case "part": return .part
        case "chapter": return .chapter
        case "prologue": return .prologue
        case "epilogue": return .epilogue
        case "introduction": return .introduction
        case "preface": return .preface
        case "foreword": return .foreword
        case "afterword": return .afterword
        case "appendix": return .appendix
        case "conclusion": return .conclusion
        case "dedication": return .dedication
        case "epigraph": return .epigraph
        case "acknowledgments", "acknowledgements": return .acknowledgments
        case "colophon": return .colophon
        case "copyright-page": return .copyright
        case "endnotes", "rearnotes": return .endnotes
        default: return nil
        }
    }
}
