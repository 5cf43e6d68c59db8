// imprint-bench: times the pipeline's stages in one process.
//
//   swift run -c release imprint-bench BOOK.epub [ITERATIONS]
//   swift run -c release imprint-bench MANUSCRIPT.txt|.md|book.yaml [ITERATIONS]
//
// For a manuscript it reports the median time of each build stage (load, render, pack, check).
// For each book it reports the median wall-clock time of
//   floor:  unzip every entry and parse every XML document once (no schema, no rules), and
//   check:  the full check (Archive.read + Checker.check), as `imprint check` runs it,
// and their ratio. The issue asks that check stay within twice the floor.
import Diagnostics
import Dispatch
import Foundation
import Manuscript
import OCF
import Rendering
import Validation
import XMLSupport

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func time(_ iterations: Int, _ body: () -> Void) -> Double {
    body()  // warm-up: page cache, schema compilation
    var samples: [Double] = []
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return median(samples)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
    print("usage: imprint-bench BOOK.epub [ITERATIONS]")
    exit(2)
}
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20

if !path.lowercased().hasSuffix(".epub") {
    benchmarkBuild(path, iterations: iterations)
    exit(0)
}
let xmlSuffixes = [".xhtml", ".html", ".htm", ".opf", ".ncx", ".xml", ".svg", ".smil"]

var messages = 0
let floor = time(iterations) {
    var sink = DiagnosticSink()
    guard let (_, publication) = Archive.read(path: path, limits: .default, sink: &sink) else { return }
    for entry in publication.entries where xmlSuffixes.contains(where: entry.path.lowercased().hasSuffix) {
        _ = XMLParser.parse(entry.data, location: SourceLocation(file: entry.path, container: path), sink: &sink)
    }
}
let check = time(iterations) {
    var sink = DiagnosticSink()
    if let (listing, publication) = Archive.read(path: path, limits: .default, sink: &sink) {
        _ = Checker().check(publication, listing: listing, container: path, sink: &sink)
    }
    messages = sink.diagnostics.count
}
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print(String(format: "%@  %d KB  floor (unzip + parse) %.1f ms  check %.1f ms  ratio %.2f  (%d messages, median of %d)",
             (path as NSString).lastPathComponent, size / 1024, floor, check, check / floor, messages, iterations))

/// Times each build stage on one manuscript; the stages run on the previous stage's result.
func benchmarkBuild(_ path: String, iterations: Int) {
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    var sink = DiagnosticSink()
    guard let book = SourceLoader.load(path: path, options: ReaderOptions(), sink: &sink) else {
        print("\(path): cannot be loaded")
        return
    }
    let load = time(iterations) {
        var s = DiagnosticSink()
        _ = SourceLoader.load(path: path, options: ReaderOptions(), sink: &s)
    }
    let options = RenderOptions(modified: date)
    let publication = PublicationRenderer.render(book, options: options)
    let render = time(iterations) { _ = PublicationRenderer.render(book, options: options) }
    guard let packed = try? Archive.data(publication, date: date) else { return }
    let pack = time(iterations) { _ = try? Archive.data(publication, date: date) }
    let check = time(iterations) {
        var s = DiagnosticSink()
        if let (listing, reread) = Archive.read(data: packed, name: "book.epub", limits: .default, sink: &s) {
            _ = Checker().check(reread, listing: listing, container: "book.epub", sink: &s)
        }
    }
    print(String(format: "%@  %d chapters  load %.1f ms  render %.1f ms  pack %.1f ms  check %.1f ms  total %.1f ms (median of %d)",
                 (path as NSString).lastPathComponent, book.chapters.count, load, render, pack, check,
                 load + render + pack + check, iterations))
}
