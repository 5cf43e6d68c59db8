extension Probes {
    static var navigation: [Probe] {
        []
    }
}
