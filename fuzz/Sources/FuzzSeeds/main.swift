import Foundation
import FuzzSupport
import OCF

// Writes each target's seed corpus from the repository's test fixtures:
//   fuzz-seeds REPOSITORY OUTPUT
// plaintext: every .txt fixture and seed manuscript; markdown: every .md; yaml: every .yaml and
// every Markdown front-matter block; checker: each document of the skeleton book and the XHTML
// and CSS fixtures, behind the byte that picks their slot; archive: the skeleton books packed,
// and the books Imprint builds from the Markdown and plain-text fixtures.
// Nothing is downloaded or copied from outside the repository.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: fuzz-seeds REPOSITORY OUTPUT\n".utf8))
    exit(2)
}
let repository = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
let fixtureFolders = ["Tests/ManuscriptTests/Fixtures", "Tests/ImprintTests/Fixtures", "Tests/XMLSupportTests/Fixtures", "seeds"]

/// Every fixture file, by extension, in a stable order.
func fixtures(_ extensions: Set<String>) -> [URL] {
    var found: [URL] = []
    for folder in fixtureFolders {
        let root = repository.appendingPathComponent(folder)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
        for case let url as URL in walk where extensions.contains(url.pathExtension.lowercased()) { found.append(url) }
    }
    return found.sorted { $0.path < $1.path }
}

/// Writes `data` as a seed named by where it came from.
func write(_ data: Data, _ target: String, _ name: String) {
    let folder = output.appendingPathComponent(target, isDirectory: true)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let safe = name.replacingOccurrences(of: "/", with: "_")
    do { try data.write(to: folder.appendingPathComponent(safe)) } catch {
        FileHandle.standardError.write(Data("fuzz-seeds: cannot write \(safe): \(error)\n".utf8))
        exit(1)
    }
}

func relative(_ url: URL) -> String { String(url.path.dropFirst(repository.path.count + 1)) }

func contents(_ url: URL) -> Data {
    guard let data = try? Data(contentsOf: url) else {
        FileHandle.standardError.write(Data("fuzz-seeds: cannot read \(url.path)\n".utf8))
        exit(1)
    }
    return data
}

for url in fixtures(["txt"]) { write(contents(url), "plaintext", relative(url)) }
for url in fixtures(["md"]) {
    let data = contents(url)
    write(data, "markdown", relative(url))
    // A front-matter block is a YAML document of its own.
    let text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
        write(Data(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound].utf8), "yaml", relative(url) + ".front-matter")
    }
}
for url in fixtures(["yaml", "yml"]) { write(contents(url), "yaml", relative(url)) }

for slot in SkeletonBook.Slot.allCases {
    write(Data([slot.rawValue]) + Data(SkeletonBook.document(slot).utf8), "checker", "skeleton-\(slot)")
}
for url in fixtures(["xhtml"]) { write(Data([SkeletonBook.Slot.content.rawValue]) + contents(url), "checker", relative(url)) }
for url in fixtures(["css"]) { write(Data([SkeletonBook.Slot.stylesheet.rawValue]) + contents(url), "checker", relative(url)) }

let date = Date(timeIntervalSince1970: 1_700_000_000)
for slot in [SkeletonBook.Slot.package3, .package2] {
    let book = SkeletonBook.publication(slot, with: Data(SkeletonBook.document(slot).utf8))
    do { write(try Archive.data(book, date: date), "archive", "skeleton-\(slot).epub") } catch {
        FileHandle.standardError.write(Data("fuzz-seeds: cannot pack the skeleton: \(error)\n".utf8))
        exit(1)
    }
}
// Real books of our own: every shape of chapter, note and list the renderer writes.
var built = 0
for url in fixtures(["md", "txt"]) where built < 24 {
    let name = url.pathExtension.lowercased() == "md" ? "book.md" : "book.txt"
    guard let epub = BookPipeline.build(bytes: contents(url), name: name) else { continue }
    write(epub, "archive", relative(url) + ".epub")
    built += 1
}
print("seeds written to \(output.path)")

/// Never called: this build links libFuzzer into every executable, and the object holding its
/// (unused) `main` needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func unused(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 { 0 }
