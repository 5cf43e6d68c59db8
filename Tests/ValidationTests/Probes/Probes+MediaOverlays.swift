extension Probes {
    static var mediaOverlays: [Probe] {
        []
    }
}
