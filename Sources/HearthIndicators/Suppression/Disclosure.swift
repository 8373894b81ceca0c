import Foundation
import HearthCore

/// Disclosure control: what one audience may see of every figure Hearth shows. Every output a
/// board member, viewer or secretary can reach (pages, /api/v1, CSV downloads, the board pack in
/// HTML, PDF and Word) asks this type, and only this type, whether a figure may be shown.
///
/// The rule is DfE's: a count of 1 to 5 children is shown as "c" (primary suppression), and
/// where a total is shown a further cell is hidden so the first cannot be found by subtraction
/// (secondary suppression, `Suppression.table`). Everything made of a hidden count is hidden with
/// it, because it gives the count back or narrows it:
/// - a rate or percentage, whose other term is shown beside it;
/// - money worked out from the count (a weekly price times the children placed), since the price
///   list is shown too, and a money total over hidden cells, since the total less the shown cells
///   together with the hidden children's number pins the hidden counts down;
/// - a RAG rating or a direction of travel ("green" against a target of 25% says the hidden
///   value is at most a quarter of a shown denominator);
/// - a chart point, in the line, its accessible text, alt text, tooltips and data attributes.
public struct Disclosure: Sendable, Hashable {
    /// Who reads the output.
    public enum Audience: Sendable, Hashable {
        /// Roles that may open children's records (admin, analyst, manager): they see every figure.
        case childLevel
        /// Everyone else (board, viewer, secretary) and anything that leaves the authority.
        case aggregate
    }

    public let audience: Audience

    public init(_ audience: Audience) {
        self.audience = audience
    }

    /// Exact figures, for child-level roles.
    public static let exact = Disclosure(.childLevel)
    /// Figures as they may leave the authority.
    public static let aggregate = Disclosure(.aggregate)

    /// Whether this audience gets the suppressed form.
    public var suppresses: Bool { audience == .aggregate }

    /// The disclosure for the figures of `definition`: this one for a measure made of counts of
    /// children (every measure of the returns), exact for a local measure that counts something
    /// else (staff answering a survey), whose small numbers identify no child. Everything that
    /// writes an indicator's figure (`IndicatorText`, `IndicatorFigure`, the CLI) asks here.
    public func about(_ definition: IndicatorDefinition) -> Disclosure {
        definition.countsChildren ? self : .exact
    }

    // MARK: counts

    /// One count of children (or of events about children).
    public func count(_ n: Int) -> SuppressedValue {
        suppresses ? Suppression.cell(n) : .shown(n)
    }

    /// A stored count (snapshots keep counts as doubles); a fraction is not a count of people and is shown.
    public func count(_ v: Double) -> Disclosed<Double> {
        guard suppresses, v == v.rounded(), Suppression.cell(Int(v)).isSuppressed else { return .shown(v) }
        return .suppressed
    }

    /// Parts that add up to a shown total, with secondary suppression.
    public func breakdown(_ parts: [Int]) -> (parts: [SuppressedValue], total: SuppressedValue) {
        guard suppresses else { return (parts.map { .shown($0) }, .shown(parts.reduce(0, +))) }
        return Suppression.breakdown(parts)
    }

    /// Counts of staff in the groups of a breakdown (ethnicity, which is special-category data,
    /// age, reason for leaving, length of service): the children's rule applied to people of the
    /// workforce, since a group of 1 to 5 staff in a service of a few hundred can be named. A
    /// group of 1 to 5 is "c", and a further group is hidden so the total (the workforce in post,
    /// which is shown) does not give it back.
    public func staff(_ groups: [Int]) -> (parts: [SuppressedValue], total: SuppressedValue) {
        breakdown(groups)
    }

    /// A table with row and column totals, with secondary suppression.
    public func table(_ counts: [[Int]]) -> (cells: [[SuppressedValue]], rowTotals: [SuppressedValue], columnTotals: [SuppressedValue]) {
        guard suppresses else {
            let columns = counts.map(\.count).max() ?? 0
            return (counts.map { $0.map { .shown($0) } }, counts.map { .shown($0.reduce(0, +)) },
                    (0..<columns).map { c in .shown(counts.reduce(0) { $0 + ($1.indices.contains(c) ? $1[c] : 0) }) })
        }
        return Suppression.table(counts)
    }

    // MARK: figures made of counts

    /// The two terms of a figure as this audience may see them.
    /// - A rate per 10,000: the denominator is the published population, not a count of children.
    /// - An average of days (or of years of service): the days reveal little; the number of
    ///   children (or staff) averaged is the count.
    /// - A percentage: the numerator is withheld when it, or what it leaves of the denominator, is
    ///   1 to 5: "37 of 40 in education" shows the 3 who are not by subtraction.
    /// - Anything else: each term is a count.
    public func terms(numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit)
        -> (numerator: Disclosed<Double>, denominator: Disclosed<Double>) {
        switch unit {
        case .per10k: return (count(numerator), .shown(denominator))
        case .days, .years: return (.shown(numerator), count(denominator))
        case .percent:
            let rest = count(denominator - numerator)
            return (rest.isSuppressed ? .suppressed : count(numerator), count(denominator))
        default: return (count(numerator), count(denominator))
        }
    }

    /// Whether a figure made of these counts is withheld from the aggregate audience.
    public static func hides(numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit) -> Bool {
        aggregate.figure(0, numerator: numerator, denominator: denominator, unit: unit)?.isSuppressed == true
    }

    /// An indicator's figure: nil when there is none (nothing to hide); withheld when either of
    /// its terms is, since the figure and the other term would give it back.
    public func figure(_ value: Double?, numerator: Double, denominator: Double, unit: IndicatorDefinition.Unit) -> Disclosed<Double>? {
        guard let value else { return nil }
        let (n, d) = terms(numerator: numerator, denominator: denominator, unit: unit)
        return n.isSuppressed || d.isSuppressed ? .suppressed : .shown(value)
    }

    /// A percentage of two counts; nil when the denominator is zero.
    public func percentage(numerator: Int, denominator: Int) -> Disclosed<Double>? {
        guard denominator > 0 else { return nil }
        return figure(Double(numerator) / Double(denominator) * 100, numerator: Double(numerator), denominator: Double(denominator),
                      unit: .percent)
    }

    // MARK: what stands beside a figure

    /// Something that narrows the figures it is judged from (a RAG rating, a direction of travel,
    /// "better than England"): withheld when any of them is.
    public func beside<T: Sendable & Hashable>(_ companion: T, _ figures: [Disclosed<Double>?]) -> Disclosed<T> {
        figures.contains { $0?.isSuppressed == true } ? .suppressed : .shown(companion)
    }

    /// The points of a chart line: a withheld figure is no point at all, so it reaches neither the
    /// drawing nor the chart's text.
    public func points(_ figures: [Disclosed<Double>?]) -> [Double?] {
        figures.map { $0?.shown }
    }

    /// A sentence a computation wrote about its counts ("3 adopted child(ren) left out: …"): each
    /// number of 1 to 5 standing on its own becomes "c". Parts of dates (31/03/2025) and larger
    /// numbers stay.
    public func sentence(_ text: String) -> String {
        guard suppresses else { return text }
        return text.replacingOccurrences(of: #"(?<![\d/.,:-])[1-5](?![\d/.,:-])"#, with: "c", options: .regularExpression)
    }

    // MARK: money

    /// Money worked out from counts (their weekly price times the children): withheld when any of
    /// those counts is.
    public func money(_ amount: Double, from counts: [SuppressedValue]) -> Disclosed<Double> {
        counts.contains(where: \.isSuppressed) ? .suppressed : .shown(amount)
    }

    /// A sum of money over parts (groups, placement types): withheld when any part is, because
    /// the total less the shown parts, beside the hidden parts' combined count and the price list,
    /// can be solved for the hidden counts.
    public func moneyTotal(_ total: Double, over parts: [Disclosed<Double>]) -> Disclosed<Double> {
        parts.contains(where: \.isSuppressed) ? .suppressed : .shown(total)
    }

    /// The lines of a price list this audience may read. A line that prices one provider by its
    /// Ofsted URN is the price of the few children placed there (often one, in a solo or
    /// specialist home), so it stays with child-level roles; lines for a placement type, or a
    /// type of provider (PR0–PR5), are prices of many placements and are shown.
    public func prices(_ lines: [PlacementCost]) -> [PlacementCost] {
        guard suppresses else { return lines }
        return lines.filter { line in
            guard let provider = line.provider?.uppercased(), !provider.isEmpty else { return true }
            return provider.count == 3 && provider.hasPrefix("PR") && provider.last?.isNumber == true
        }
    }
}
