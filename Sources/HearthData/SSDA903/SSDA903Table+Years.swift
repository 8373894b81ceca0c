import HearthCore

extension SSDA903Table {
    /// Tables whose rows carry dates of events in the reporting year, so a file of them can be
    /// placed in its year from its own content.
    var isDated: Bool {
        switch self {
        case .episodes, .reviews, .missing, .socialWorkerEpisodes, .ad1, .placedForAdoption: true
        case .header, .uasc, .oc2, .oc3, .previousPermanence: false
        }
    }
}

extension Day {
    /// The SSDA903 collection year holding this date: 1 April to 31 March, numbered by its 31 March.
    var reportingYear: Int {
        let c = components
        return c.month >= 4 ? c.year + 1 : c.year
    }
}
