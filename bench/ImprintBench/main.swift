// imprint-bench: times the pipeline's stages in one process.
//
//   swift run -c release imprint-bench BOOK.epub [ITERATIONS]
//   swift run -c release imprint-bench MANUSCRIPT.txt|.md|book.yaml [ITERATIONS] [load]
//
// For a manuscript it reports the median wall and CPU time of each build stage (load, render,
// contract, pack, check), each run on the previous stage's result; with `load` after the
// iterations, the load stage alone (for profiling the readers).
// For each book it reports the median wall-clock time of
//   floor:  unzip every entry and parse every XML document once (no schema, no rules), and
//   check:  the full check (Archive.read + Checker.check), as `imprint check` runs it,
// and their ratio. The issue asks that check stay within twice the floor.
import Diagnostics
import Dispatch
import Foundation
import Imprint
import Manuscript
import OCF
import Parallel
import Rendering
import Validation
import XMLSupport

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Median wall-clock milliseconds of `body`, after one warm-up run.
func time(_ iterations: Int, _ body: () -> Void) -> Double {
    measure(iterations, body).wall
}

/// Median wall-clock and CPU milliseconds (user + system, all threads) of `body`, after one
/// warm-up run. CPU time shows the work done even on a machine busy with other things, and
/// how much of it ran side by side (cpu > wall).
///
/// After each run, off the clock, the checker's background freeing of the publication it
/// checked is waited for: `imprint check` exits without paying for it, and the next run must
/// not pay for it either (it would take a core from the run timed after it).
func measure(_ iterations: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    body()  // warm-up: page cache, schema compilation
    Checker.finishReleases()
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<iterations {
        let cpuStart = processCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        cpus.append(processCPU() - cpuStart)
        Checker.finishReleases()
    }
    return (median(walls), median(cpus))
}

/// User + system CPU time of this process so far, in milliseconds.
func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1e3 + Double(t.tv_usec) / 1e3 }
    return ms(usage.ru_utime) + ms(usage.ru_stime)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
    print("usage: imprint-bench BOOK.epub [ITERATIONS]")
    exit(2)
}
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20
let loadOnly = arguments.count > 2 && arguments[2] == "load"

if !path.lowercased().hasSuffix(".epub") {
    benchmarkBuild(path, iterations: iterations)
    exit(0)
}
let xmlSuffixes = [".xhtml", ".html", ".htm", ".opf", ".ncx", ".xml", ".svg", ".smil"]

var messages = 0
// The floor parses on all cores, as the checker does, and keeps its trees until the timing is
// over, as the checker does (it frees them off the clock): so check ÷ floor is what the rules
// cost, not a difference in how parsing is scheduled. CPU time is printed beside it.
var keptTrees: [[XMLDocument?]] = []
let floor = measure(iterations) {
    var sink = DiagnosticSink()
    guard let (_, publication) = Archive.read(path: path, limits: .default, sink: &sink) else { return }
    let entries = publication.entries.filter { entry in xmlSuffixes.contains(where: entry.path.lowercased().hasSuffix) }
    keptTrees.append(ParallelMap.map(entries) { entry in
        var local = DiagnosticSink()
        return XMLParser.parse(entry.data, location: SourceLocation(file: entry.path, container: path), sink: &local)
    })
}
keptTrees.removeAll()
let check = measure(iterations) {
    var sink = DiagnosticSink()
    if let (listing, publication) = Archive.read(path: path, limits: .default, sink: &sink) {
        _ = Checker().check(publication, listing: listing, container: path, sink: &sink)
    }
    messages = sink.diagnostics.count
}
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print(String(format: "%@  %d KB  floor (unzip + parse) %.1f ms  check %.1f ms  ratio %.2f  (CPU: floor %.1f ms, check %.1f ms; %d messages, median of %d)",
             (path as NSString).lastPathComponent, size / 1024, floor.wall, check.wall, check.wall / floor.wall,
             floor.cpu, check.cpu, messages, iterations))

/// Times each build stage on one manuscript; the stages run on the previous stage's result.
func benchmarkBuild(_ path: String, iterations: Int) {
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    var sink = DiagnosticSink()
    guard let book = SourceLoader.load(path: path, options: ReaderOptions(), sink: &sink) else {
        print("\(path): cannot be loaded")
        return
    }
    let load = measure(iterations) {
        var s = DiagnosticSink()
        _ = SourceLoader.load(path: path, options: ReaderOptions(), sink: &s)
    }
    if loadOnly {
        print(String(format: "%@  %d chapters  load %.1f ms (cpu %.0f)  (median of %d)",
                     (path as NSString).lastPathComponent, book.chapters.count, load.wall, load.cpu, iterations))
        return
    }
    let options = RenderOptions(modified: date)
    let publication = PublicationRenderer.render(book, options: options)
    let render = measure(iterations) { _ = PublicationRenderer.render(book, options: options) }
    let contract = measure(iterations) {
        _ = OutputContract.violations(in: publication, version: options.epubVersion, container: "book.epub")
    }
    guard let packed = try? Archive.data(publication, date: date) else { return }
    let pack = measure(iterations) { _ = try? Archive.data(publication, date: date) }
    let check = measure(iterations) {
        var s = DiagnosticSink()
        // As the build reads its own output back: within limits taken from what it wrote.
        let limits = ArchiveLimits.admitting(publication, packedSize: packed.count)
        if let (listing, reread) = Archive.read(data: packed, name: "book.epub", limits: limits, sink: &s) {
            _ = Checker().check(reread, listing: listing, container: "book.epub", sink: &s)
        }
    }
    let stages = [("load", load), ("render", render), ("contract", contract), ("pack", pack), ("check", check)]
    let total = stages.reduce((wall: 0.0, cpu: 0.0)) { ($0.wall + $1.1.wall, $0.cpu + $1.1.cpu) }
    print(String(format: "%@  %d chapters  ", (path as NSString).lastPathComponent, book.chapters.count)
        + (stages + [("total", total)]).map { String(format: "%@ %.1f ms (cpu %.0f)", $0.0, $0.1.wall, $0.1.cpu) }
            .joined(separator: "  ")
        + "  (median of \(iterations))")
}
