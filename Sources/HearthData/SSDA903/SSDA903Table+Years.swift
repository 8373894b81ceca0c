import HearthCore

extension SSDA903Table {
    /// Tables whose rows carry dates of events in the reporting year, so a file of them can be
    /// placed in its year from its own content. AD1 and PlacedAdoption do not: a child adopted
    /// this year was usually matched, and the decision to place made, in an earlier year, so
    /// they are placed like the Header, by the children they share with each year's episodes.
    var isDated: Bool {
        switch self {
        case .episodes, .reviews, .missing, .socialWorkerEpisodes: true
        case .header, .uasc, .oc2, .oc3, .previousPermanence, .ad1, .placedForAdoption: false
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
