import HearthCore

/// What a set of returns holds, for `hearth inspect` and the data pages: per return and table,
/// the rows, the distinct children and the span of the dates in it.
public struct DatasetSummary: Sendable, Equatable, Codable {
    public struct Table: Sendable, Equatable, Codable {
        public let returnName: String
        public let table: String
        public let rows: Int
        public let children: Int
        public let firstDate: Day?
        public let lastDate: Day?
    }

    public let authorityCode: String?
    public let collectionYear: Int?
    public let tables: [Table]
    /// Distinct child IDs across every return.
    public let children: Int

    public init(_ dataset: Dataset) {
        var tables: [Table] = []
        var allChildren = Set<String>()

        func add(_ returnName: String, _ table: String, ids: [String], dates: [Day?]) {
            let distinct = Set(ids)
            allChildren.formUnion(distinct)
            let known = dates.compactMap { $0 }
            tables.append(Table(returnName: returnName, table: table, rows: ids.count, children: distinct.count,
                                firstDate: known.min(), lastDate: known.max()))
        }

        if let cin = dataset.cin {
            let episodes = cin.children.flatMap { c in c.episodes.map { (c.childID, $0) } }
            add("CIN census", "Children", ids: cin.children.map(\.childID), dates: [])
            add("CIN census", "CIN episodes (referrals)", ids: episodes.map(\.0), dates: episodes.map(\.1.referralDate))
            let assessments = episodes.flatMap { id, e in e.assessments.map { (id, $0) } }
            add("CIN census", "Assessments", ids: assessments.map(\.0),
                dates: assessments.map(\.1.startDate) + assessments.map(\.1.authorisationDate))
            let plans = episodes.flatMap { id, e in e.cinPlans.map { (id, $0) } }
            add("CIN census", "CIN plans", ids: plans.map(\.0), dates: plans.map(\.1.startDate))
            let s47s = episodes.flatMap { id, e in e.section47s.map { (id, $0) } }
            add("CIN census", "Section 47 enquiries", ids: s47s.map(\.0), dates: s47s.map(\.1.startDate))
            let cpps = episodes.flatMap { id, e in e.protectionPlans.map { (id, $0) } }
            add("CIN census", "Child protection plans", ids: cpps.map(\.0), dates: cpps.map(\.1.startDate))
        }
        for (name, ret) in [("SSDA903", dataset.ssda903), ("SSDA903 previous year", dataset.ssda903Previous)] {
            guard let r = ret else { continue }
            let label = "\(name) \(r.collectionYear - 1)-\(String(r.collectionYear % 100))"
            add(label, SSDA903Table.header.title, ids: r.header.map(\.childID), dates: [])
            add(label, SSDA903Table.episodes.title, ids: r.episodes.map(\.childID),
                dates: r.episodes.map(\.startDate) + r.episodes.map(\.endDate))
            add(label, SSDA903Table.reviews.title, ids: r.reviews.map(\.childID), dates: r.reviews.map(\.reviewDate))
            add(label, SSDA903Table.uasc.title, ids: r.uasc.map(\.childID), dates: r.uasc.map(\.dateCeasedUASC))
            add(label, SSDA903Table.oc2.title, ids: r.healthOutcomes.map(\.childID), dates: [])
            add(label, SSDA903Table.oc3.title, ids: r.careLeavers.map(\.childID), dates: [])
            add(label, SSDA903Table.ad1.title, ids: r.adoptions.map(\.childID), dates: r.adoptions.map(\.dateMatched))
            add(label, SSDA903Table.placedForAdoption.title, ids: r.placedForAdoption.map(\.childID),
                dates: r.placedForAdoption.map(\.datePlaced))
            add(label, SSDA903Table.previousPermanence.title, ids: r.previousPermanence.map(\.childID), dates: [])
            add(label, SSDA903Table.missing.title, ids: r.missing.map(\.childID), dates: r.missing.map(\.startDate))
            add(label, SSDA903Table.socialWorkerEpisodes.title, ids: r.socialWorkerEpisodes.map(\.childID),
                dates: r.socialWorkerEpisodes.map(\.startDate))
        }
        if let annexA = dataset.annexA {
            for list in AnnexAList.allCases {
                let rows = annexA[list]
                guard !rows.isEmpty else { continue }
                // List 11 holds adopters, not children: keep them out of the child count.
                let ids = rows.map(\.id)
                if list == .adopters {
                    tables.append(Table(returnName: "Annex A", table: list.title, rows: rows.count, children: 0,
                                        firstDate: rows.compactMap(\.date).min(), lastDate: rows.compactMap(\.date).max()))
                } else {
                    add("Annex A", list.title, ids: ids, dates: rows.map(\.date))
                }
            }
        }
        if let wf = dataset.workforce {
            tables.append(Table(returnName: "Workforce census \(wf.censusDate.uk)", table: "Workers",
                                rows: wf.workers.count, children: 0,
                                firstDate: wf.workers.compactMap(\.roleStartDate).min(),
                                lastDate: wf.workers.compactMap(\.roleStartDate).max()))
        }
        authorityCode = dataset.authorityCode
        collectionYear = dataset.collectionYear
        self.tables = tables
        children = allChildren.count
    }
}
