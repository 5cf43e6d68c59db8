import Diagnostics
import Foundation
import ImprintResources
import OCF
import Parallel
import Rendering
import XMLSupport

/// The build step that holds the renderer to its contract: every XHTML document it wrote
/// matches the RELAX NG schema of what the renderer writes (`Resources/schemas/imprint-xhtml5.rng`
/// for EPUB 3, `imprint-xhtml11.rng` for EPUB 2, both over `imprint-content.rng`).
///
/// The contract is narrower than HTML: a style attribute, a font element or an HTML5 element
/// in an EPUB 2 book is valid for some reader but never something Imprint writes, so it is a
/// renderer bug. This is the build's own business; the checker judges anyone's EPUB by the
/// specifications alone.
public enum OutputContract {
    /// Finds every violation in the rendered XHTML documents of `publication`, in document
    /// order, located in `container`. Documents are parsed and validated side by side on all
    /// cores; an empty result means the renderer kept its contract.
    public static func violations(in publication: Publication, version: EPUBVersion, container: String) -> [Diagnostic] {
        let schema: RelaxNGSchema
        do {
            schema = try self.schema(for: version).get()
        } catch {
            return [Diagnostic(.ownOutputInvalid, ["the output contract cannot be checked: \(error)"],
                               at: SourceLocation(file: container), suggestion: "this is an Imprint bug: please report it")]
        }
        // The renderer names its XHTML documents (content, navigation, cover, title page,
        // endnotes) .xhtml and nothing else so: resources keep extensions of their own types.
        let documents = publication.entries.filter { $0.path.hasSuffix(".xhtml") }
        return ParallelMap.map(documents) { document -> [Diagnostic] in
            var sink = DiagnosticSink()
            // The verdict alone: no Swift tree is built (the check that follows parses again).
            _ = XMLParser.validate(document.data, location: SourceLocation(file: document.path, container: container),
                                   schema: schema, sink: &sink)
            return sink.diagnostics
        }.flatMap { $0 }
    }

    static func schema(for version: EPUBVersion) -> Result<RelaxNGSchema, any Error> {
        switch version {
        case .epub3: return xhtml5
        case .epub2: return xhtml11
        }
    }

    /// Compiled once per process, on first use; a compiled schema serves parallel validations.
    static let xhtml5 = compile("imprint-xhtml5.rng", EmbeddedResource.imprintXHTML5Schema)
    static let xhtml11 = compile("imprint-xhtml11.rng", EmbeddedResource.imprintXHTML11Schema)

    private static func compile(_ name: String, _ bytes: [UInt8]) -> Result<RelaxNGSchema, any Error> {
        Result { try RelaxNGSchema(name: name, bytes: bytes, resolver: { EmbeddedResource.schema(named: $0) }) }
    }
}
