import HearthCore

/// The defects a 903 episode row can be given: a blank legal status or placement, a ceased date
/// before the start, an unknown code, a start moved back over the previous episode, or the row
/// written twice.
enum EpisodeDefects {
    static func apply(to rows: [CareEpisode], rate: Double, _ rng: inout SeededRandom) -> ([CareEpisode], [InjectedDefect]) {
        var out: [CareEpisode] = []
        out.reserveCapacity(rows.count + Int(Double(rows.count) * rate) + 1)
        var defects: [InjectedDefect] = []
        for (i, row) in rows.enumerated() {
            guard rng.chance(rate) else { out.append(row); continue }
            let previous = i > 0 && rows[i - 1].childID == row.childID ? rows[i - 1] : nil
            let label = "row \(i + 1)"
            func note(_ kind: InjectedDefect.Kind, _ field: String, _ text: String) {
                defects.append(InjectedDefect(kind: kind, childID: row.childID, table: "Episodes", record: label, field: field, description: text))
            }
            switch rng.int(0...4) {
            case 0:
                if rng.chance(0.5) {
                    out.append(copy(row, legalStatus: .some(nil)))
                    note(.missingValue, "LS", "legal status left blank")
                } else {
                    out.append(copy(row, placement: .some(nil)))
                    note(.missingValue, "PLACE", "placement type left blank")
                }
            case 1:
                if let start = row.startDate {
                    let bad = start.adding(days: -rng.int(1...90))
                    out.append(copy(row, endDate: .some(bad), reasonEpisodeCeased: .some(row.reasonEpisodeCeased ?? "X1")))
                    note(.endBeforeStart, "DEC", "ceased \(bad.iso) before it commenced \(start.iso)")
                } else {
                    out.append(copy(row, legalStatus: .some(nil)))
                    note(.missingValue, "LS", "legal status left blank")
                }
            case 2:
                out.append(copy(row, placement: .some("Z9")))
                note(.invalidCode, "PLACE", "placement code Z9 (not a DfE code)")
            case 3:
                if let previous, let prevStart = previous.startDate, let start = row.startDate, prevStart.days(to: start) > 2 {
                    let bad = prevStart.adding(days: max(1, prevStart.days(to: start) / 2))
                    out.append(copy(row, startDate: .some(bad)))
                    note(.overlappingEpisodes, "DECOM", "commences \(bad.iso), inside the previous episode (\(prevStart.iso)–\(start.iso))")
                } else {
                    out.append(row)
                    out.append(row)
                    note(.duplicateRow, "CHILD", "episode row written twice")
                }
            default:
                out.append(row)
                out.append(row)
                note(.duplicateRow, "CHILD", "episode row written twice")
            }
        }
        return (out, defects)
    }

    private static func copy(_ e: CareEpisode, startDate: Day?? = nil, legalStatus: String?? = nil, placement: String?? = nil,
                             endDate: Day?? = nil, reasonEpisodeCeased: String?? = nil) -> CareEpisode {
        CareEpisode(childID: e.childID, startDate: startDate ?? e.startDate, reasonForNewEpisode: e.reasonForNewEpisode,
                    legalStatus: legalStatus ?? e.legalStatus, categoryOfNeed: e.categoryOfNeed, placement: placement ?? e.placement,
                    placementProvider: e.placementProvider, endDate: endDate ?? e.endDate,
                    reasonEpisodeCeased: reasonEpisodeCeased ?? e.reasonEpisodeCeased,
                    reasonPlacementChanged: e.reasonPlacementChanged, homePostcode: e.homePostcode,
                    placementPostcode: e.placementPostcode, urn: e.urn)
    }
}
