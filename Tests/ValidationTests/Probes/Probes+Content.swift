extension Probes {
    static var content: [Probe] {
        []
    }
}
