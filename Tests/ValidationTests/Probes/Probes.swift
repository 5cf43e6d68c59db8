/// Every probe, area by area (one file each, `Probes+Area.swift`), and the EPUBCheck message IDs
/// no probe shows, each with the reason. `docs/coverage.md` is generated from these
/// (`bench/probes.py coverage`).
enum Probes {
    static var all: [Probe] {
        corpus + ocf + package + resources + content + navigation + mediaOverlays + profiles + assertions
    }
}
