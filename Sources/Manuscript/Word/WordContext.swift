import Diagnostics
import Foundation
import XMLSupport

/// What a walk over one part of a .docx needs to know: the package, the part's relationships,
/// the document's styles and numbering, and how the author marks italics.
struct WordContext: Sendable {
    struct Relationship: Sendable {
        var target: String
        var external: Bool
        var type: String
    }

    let package: OfficePackage
    let styles: WordStyles
    let numbering: WordNumbering
    /// The part being read (`word/document.xml`), which relationship targets are relative to.
    var part: String
    var relationships: [String: Relationship]
    /// A manuscript in the old typewriter convention underlines what is to be set in italics.
    /// Read so when the document underlines but never italicises.
    var underlineIsEmphasis: Bool
    /// The language the document is written in: runs in another are marked as such.
    var documentLanguage: String?

    /// A part's relationships (`word/_rels/document.xml.rels` for `word/document.xml`).
    static func relationships(of part: String, in package: OfficePackage,
                              sink: inout DiagnosticSink) -> [String: Relationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let root = package.xml(relsPath, sink: &sink) else { return [:] }
        var out: [String: Relationship] = [:]
        for rel in root.all("Relationship") {
            guard let id = rel.attr("Id"), let target = rel.attr("Target") else { continue }
            out[id] = Relationship(target: target, external: rel.attr("TargetMode") == "External",
                                   type: rel.attr("Type") ?? "")
        }
        return out
    }

    /// The package part a relationship points at, or nil when it is external or unknown.
    func partName(_ id: String) -> String? {
        guard let rel = relationships[id], !rel.external else { return nil }
        return OfficePackage.resolve(rel.target, from: part)
    }
}
