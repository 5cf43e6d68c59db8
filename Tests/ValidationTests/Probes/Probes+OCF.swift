extension Probes {
    static var ocf: [Probe] {
        []
    }
}
