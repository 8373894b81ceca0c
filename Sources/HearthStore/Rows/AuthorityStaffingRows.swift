import HearthCore

// The authority's own campaigns and cost table (migration 7), written through `AuthorityTables`.

/// Column names carry no digits: the row decoder's snake case would not map them back.
struct CampaignRow: KeyedRow {
    static let table = "recruitment_campaigns"
    static let columns = ["name", "opened", "closed", "applications", "shortlisted", "interviewed", "offered", "appointed",
                          "still_in_post_after_year"]
    static let key = ["name"]

    let name: String; let opened: String; let closed: String?; let applications: Int; let shortlisted: Int
    let interviewed: Int; let offered: Int; let appointed: Int; let stillInPostAfterYear: Int?

    init(_ c: RecruitmentCampaign) {
        name = c.name
        opened = c.opened.iso
        closed = SQLValue.day(c.closed)
        applications = c.applications
        shortlisted = c.shortlisted
        interviewed = c.interviewed
        offered = c.offered
        appointed = c.appointed
        stillInPostAfterYear = c.stillInPostAfter12Months
    }

    var values: RowValues {
        [name, opened, closed, applications, shortlisted, interviewed, offered, appointed, stillInPostAfterYear]
    }

    func campaign() throws -> RecruitmentCampaign {
        let what = "campaign \(name)"
        return RecruitmentCampaign(name: name, opened: try SQLValue.day(opened, of: what), closed: try SQLValue.day(closed, of: what),
                                   applications: applications, shortlisted: shortlisted, interviewed: interviewed,
                                   offered: offered, appointed: appointed, stillInPostAfter12Months: stillInPostAfterYear)
    }
}

struct PlacementCostRow: AuthorityRow {
    static let table = "placement_costs"
    static let columns = ["seq", "placement", "provider", "weekly_cost", "note"]

    let seq: Int; let placement: String; let provider: String?; let weeklyCost: Double; let note: String?

    init(_ line: PlacementCost, seq: Int) {
        self.seq = seq
        placement = line.placement
        provider = line.provider
        weeklyCost = line.weeklyCost
        note = line.note
    }

    var values: RowValues { [seq, placement, provider, weeklyCost, note] }

    /// The table's lines in its order.
    static func rows(_ table: PlacementCostTable) -> [PlacementCostRow] {
        table.lines.enumerated().map { PlacementCostRow($0.element, seq: $0.offset) }
    }

    var line: PlacementCost { PlacementCost(placement: placement, provider: provider, weeklyCost: weeklyCost, note: note) }
}
