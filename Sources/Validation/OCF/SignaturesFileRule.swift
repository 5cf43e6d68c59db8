import Diagnostics
import XMLSupport

/// `META-INF/signatures.xml`: UTF-8 (RSC-027, RSC-028), well-formed (RSC-016), and a
/// `signatures` element of XML Signature `Signature` elements (RSC-005).
struct SignaturesFileRule: PublicationRule {
    let codes: [DiagnosticCode] = [.xmlSchemaViolation, .xmlNotWellFormed, .rsc027, .rsc028]
    static let path = "META-INF/signatures.xml"

    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        guard context.isDefaultRendition, let data = context.data(Self.path) else { return }
        guard let doc = XMLParser.parse(data, location: context.location(Self.path), schema: Schemas.signatures, sink: &sink) else { return }
        EncodingRule.report(doc, at: context.location(Self.path), isXHTML: false, into: &sink)
    }
}
