import Diagnostics

/// Raster images are what the manifest says (OPF-029), are readable (PKG-021, MED-004), and
/// carry an extension that matches their format (PKG-022).
struct ImageRule: Rule {
    func check(_ context: CheckContext, into sink: inout DiagnosticSink) {
        for item in context.manifest where item.url.isLocal && ["image/png", "image/jpeg", "image/gif", "image/webp"].contains(item.essence) {
            guard let data = context.data(item.path) else { continue }
            let location = context.location(item.path)
            guard let sniffed = MediaType.sniff(data), let actual = MediaType.imageType(of: sniffed),
                  ImageHeader.isReadable(data, as: sniffed) else {
                sink.emit(.pkg021, "Corrupted image file encountered: \"\(item.path)\" is not a readable \(item.mediaType) image",
                          at: location, suggestion: "Re-export the image.")
                sink.emit(.med004, "Image file header may be corrupted (\"\(item.path)\")", at: location,
                          suggestion: "Re-export the image.")
                continue
            }
            if actual != item.essence {
                sink.emit(.opf029, "The file \"\(item.path)\" does not appear to match the media type \(item.mediaType), as specified in the OPF file (its bytes are \(actual))",
                          at: context.location(context.packagePath, line: item.line),
                          suggestion: "Declare the item as \(actual).")
            }
            let ext = item.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            let expected = MediaType.extensions(ofImage: actual)
            if item.path.contains("."), !expected.isEmpty, !expected.contains(ext) {
                sink.emit(.pkg022, "Wrong file extension for image. The image is a \"\(actual)\" file but has the file extension \"\(ext)\"",
                          at: location, suggestion: "Rename the file to end in .\(expected[0]).")
            }
        }
    }
}
