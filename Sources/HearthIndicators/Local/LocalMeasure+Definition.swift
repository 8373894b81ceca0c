import HearthCore

extension IndicatorDefinition {
    /// A local measure as an indicator: the same shape every page, the pack, the API and the
    /// targets read, its source "Local measure" and no published figure (DfE collects none).
    public init(local m: LocalMeasure) {
        let unit: Unit = switch m.unit {
        case .count: .count
        case .percentage: .percent
        case .rate: .rate
        case .days: .days
        case .money: .money
        case .score: .score
        }
        let polarity: Polarity = switch m.polarity {
        case .high: .high
        case .low: .low
        case .context: .context
        }
        let area: IndicatorArea = switch m.area {
        case .frontDoor: .frontDoor
        case .childrenInCare: .childrenInCare
        case .careLeavers: .careLeavers
        case .workforce: .workforce
        case .other: .local
        }
        self.init(id: IndicatorID(m.id), title: m.title, definition: m.definition,
                  numerator: m.countsChildren && unit != .count ? "children counted (when entered)" : "",
                  denominator: m.countsChildren && unit != .count ? "children it is of (when entered)" : "",
                  periodKind: m.unit == .count ? .snapshot : .inYear, unit: unit, polarity: polarity, source: .local, area: area,
                  notPublishedBecause: "A local measure: no statutory return collects it, so DfE publishes no figure. Source: "
                      + (m.source.isEmpty ? "not given" : m.source) + ".",
                  countsChildren: m.countsChildren, boardVisible: m.boardVisible)
    }
}
