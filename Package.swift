// swift-tools-version:6.0
import PackageDescription

// The pipeline, bottom to top: Diagnostics → XMLSupport, OCF, BookModel → Manuscript,
// Rendering, Validation → Imprint (build + check) → CLI → imprint.
// Parallel (an ordered map on a bounded pool) sits beside Diagnostics at the bottom.
// Each C library sits behind exactly one module: CLibXML2 → XMLSupport, CZip → OCF,
// CCmarkGFM → Manuscript.
let package = Package(
    name: "Imprint",
    products: [
        .executable(name: "imprint", targets: ["imprint"]),
        .library(name: "Imprint", targets: ["Imprint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CZip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev", "libdeflate-dev"]), .brew(["libzip", "libdeflate"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Schemas, stylesheet and other resources compiled into the binary.
        .target(name: "ImprintResources", path: "Resources",
                resources: [
                    .embedInCode("schemas/ocf-container30.rng"),
                    .embedInCode("schemas/ocf-container20.rng"),
                    .embedInCode("schemas/ocf-encryption30.rng"),
                    .embedInCode("schemas/ocf-encryption20.rng"),
                    .embedInCode("schemas/ocf-signatures.rng"),
                    .embedInCode("schemas/ocf-metadata.rng"),
                    .embedInCode("schemas/rendition-mapping.rng"),
                    .embedInCode("schemas/package30.rng"),
                    .embedInCode("schemas/package20.rng"),
                    .embedInCode("schemas/ncx.rng"),
                    .embedInCode("schemas/imprint-content.rng"),
                    .embedInCode("schemas/imprint-xhtml5.rng"),
                    .embedInCode("schemas/imprint-xhtml11.rng"),
                    .embedInCode("css/imprint.css"),
                ]),

        .target(name: "Diagnostics"),
        // Ordered parallel map on a bounded pool: books, chapters, documents, archive entries.
        .target(name: "Parallel"),
        .target(name: "XMLSupport", dependencies: ["CLibXML2", "Diagnostics"]),
        .target(name: "OCF", dependencies: ["CZip", "Diagnostics", "Parallel"]),
        .target(name: "BookModel", dependencies: ["Diagnostics"]),
        .target(name: "Manuscript", dependencies: [
            "BookModel", "Diagnostics", "CCmarkGFM", "Parallel",
            // OCF: a .docx or .odt manuscript is a ZIP package, read under the same limits as a book.
            "OCF",
            // XMLSupport: an author's SVG image is parsed before it is packed, so a broken one is
            // named as the author's file, not found later as an Imprint bug.
            "XMLSupport",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Rendering", dependencies: [
            "BookModel", "OCF", "XMLSupport", "ImprintResources", "Diagnostics", "Parallel",
        ]),
        .target(name: "Validation", dependencies: [
            "OCF", "XMLSupport", "ImprintResources", "Diagnostics", "Parallel",
        ]),
        .target(name: "Imprint", dependencies: [
            "Diagnostics", "XMLSupport", "OCF", "BookModel", "Manuscript", "Rendering", "Validation",
            "ImprintResources", "Parallel",
        ]),
        .target(name: "CLI", dependencies: [
            "Imprint", "OCF", "Parallel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Release builds link the Swift runtime and Foundation statically (the C libraries stay
        // shared): loading and relocating libswiftCore, Foundation and ICU was most of a start,
        // `imprint --version` 20 ms of CPU dynamic against 11 ms static. Only this executable
        // carries the flag, so the Imprint library stays usable as a dependency.
        .executableTarget(name: "imprint", dependencies: ["CLI"],
                          swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
                          linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]),
        // Benchmarks, not tests: timing never runs in the test suite.
        .executableTarget(name: "imprint-bench", dependencies: ["Parallel", "Imprint", "OCF", "XMLSupport", "Validation", "Diagnostics", "Manuscript", "Rendering"],
                          path: "bench/ImprintBench"),

        // Helpers shared by the test targets (golden files, fixture paths, EPUB builders).
        .target(name: "TestSupport", dependencies: ["Diagnostics", "OCF"], path: "Tests/TestSupport"),

        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport", "ImprintResources", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "BookModelTests", dependencies: ["BookModel"]),
        .testTarget(name: "OCFTests", dependencies: ["OCF", "TestSupport"]),
        .testTarget(name: "ManuscriptTests", dependencies: ["Manuscript", "BookModel", "OCF", "Parallel", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Manuscript", "BookModel", "OCF", "TestSupport", "ImprintResources"],
                    exclude: ["Golden"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "OCF", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ImprintTests", dependencies: ["Imprint", "Validation", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["CLI", "OCF", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
