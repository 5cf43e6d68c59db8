extension Probes {
    static var package: [Probe] {
        []
    }
}
