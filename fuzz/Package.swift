// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Imprint, kept out of the main package so `swift build` and `swift test`
// there never see the fuzzer flags. Build one with
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address --product fuzz-checker
// (`fuzz/run` does that). Each target's `main.swift` hands its `LLVMFuzzerTestOneInput` to
// libFuzzer's driver (`runFuzzer`): SwiftPM gives every executable a `main` of its own.
//
// The main package is a path dependency; its identity is its folder's name, which differs
// between a clone and a worktree, so it is read from the path instead of written down.
let imprint = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent


let package = Package(
    name: "ImprintFuzz",
    products: [
        .executable(name: "fuzz-plaintext", targets: ["FuzzPlainText"]),
        .executable(name: "fuzz-markdown", targets: ["FuzzMarkdown"]),
        .executable(name: "fuzz-yaml", targets: ["FuzzYAML"]),
        .executable(name: "fuzz-archive", targets: ["FuzzArchive"]),
        .executable(name: "fuzz-checker", targets: ["FuzzChecker"]),
        .executable(name: "fuzz-seeds", targets: ["FuzzSeeds"]),
    ],
    dependencies: [.package(path: "..")],
    targets: [
        // What every target shares: the library under test, and the skeleton book the checker
        // target changes one document of.
        .target(name: "FuzzSupport", dependencies: [.product(name: "Imprint", package: imprint)]),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzArchive", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzChecker", dependencies: ["FuzzSupport"]),
        // Writes the seed corpora from the fixtures (`fuzz/run` runs it before the first run).
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
