extension Probes {
    static var resources: [Probe] {
        []
    }
}
