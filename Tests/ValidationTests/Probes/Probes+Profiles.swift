extension Probes {
    static var profiles: [Probe] {
        []
    }
}
