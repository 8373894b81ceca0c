import HearthData

/// Where an authority stands among all authorities on one published figure, and what good looks
/// like on it: the median of the authorities Ofsted last judged good or outstanding, and whether
/// the authority is in the top or bottom fifth. The self-evaluation sets both beside the
/// authority's figure, its statistical neighbours and England.
///
/// **The year.** The latest year the indicator's published source holds — the year the benchmark
/// pages compare (`Benchmarker.compare` with no year) — so every figure in a row is of one year.
///
/// **The median of good or outstanding authorities.** The authorities are those whose latest
/// ILACS overall effectiveness in Data to Insight's summary (`OfstedLatestJudgements`,
/// d2i_ilacs_latest_judgements.csv) is good or outstanding, the authority itself included when it
/// is one. Their values are DfE's published ones for that year, read exactly as the benchmark
/// pages read them (`Benchmarker.value`: the EES column, the LAIT measure, or the rate derived
/// from a published count). A value that is not a number — DfE's `c`, `x`, `z`, `k`, `u`, `low`,
/// LAIT's `-`, or no row at all — is left out, not read as zero, and the count says how many had
/// one. The values are sorted; an odd count takes the middle one, an even count the mean of the
/// middle two; none gives no median. A median rather than a mean because small authorities (the
/// City of London, the Isles of Scilly) publish figures of a handful of children — 0% or 100% —
/// that would pull a mean, and because DfE's own dashboard sets authorities beside medians.
/// Grades are the latest (some inspections are later than the figures): the question is what the
/// authorities judged good now achieve, on the latest figures there are.
///
/// **The fifth.** Among the authorities of the shipped directory with a number for the year (n),
/// the authority's place is one more than the number strictly better than it by DfE's polarity
/// (higher for High, lower for Low), so tied authorities share the best place of their group (a
/// competition rank, as `BenchmarkComparison.rank`). It is in the **top fifth** when that place is
/// at most n ÷ 5 (place × 5 ≤ n: 30 of 152, 30 of 150, 31 of 155), and in the **bottom fifth**
/// when its place counted from the other end (one more than the number strictly worse) is at most
/// n ÷ 5. No flag where DfE's dictionary gives the measure no polarity (a rate of demand is a
/// position, not a verdict), where the authority has no number, or where it would be in both
/// (every authority tied, or fewer than five with a number).
public struct NationalStanding: Sendable, Equatable {
    public enum Fifth: String, Sendable, Equatable, Codable {
        /// Among the best performing fifth of authorities.
        case top
        /// Among the worst performing fifth.
        case bottom
    }

    public let year: Int
    public let polarity: PublishedPolarity
    /// The median of the good or outstanding authorities' numbers; nil when none has one.
    public let goodOrOutstandingMedian: Double?
    /// How many good or outstanding authorities have a number (the median's count).
    public let goodOrOutstandingWithFigure: Int
    /// How many authorities are judged good or outstanding.
    public let goodOrOutstandingAuthorities: Int
    public let fifth: Fifth?
    /// Place among the authorities with a number, best first (highest first without a polarity).
    public let place: Int?
    /// The n of the fifth: authorities with a number.
    public let rankedAuthorities: Int

    public init(year: Int, polarity: PublishedPolarity, goodOrOutstandingMedian: Double?, goodOrOutstandingWithFigure: Int,
                goodOrOutstandingAuthorities: Int, fifth: Fifth?, place: Int?, rankedAuthorities: Int) {
        self.year = year
        self.polarity = polarity
        self.goodOrOutstandingMedian = goodOrOutstandingMedian
        self.goodOrOutstandingWithFigure = goodOrOutstandingWithFigure
        self.goodOrOutstandingAuthorities = goodOrOutstandingAuthorities
        self.fifth = fifth
        self.place = place
        self.rankedAuthorities = rankedAuthorities
    }

    /// The standing of `authority` (a DfE code) on `source` in `year` (the latest it holds when nil).
    public init?(authority: String, source: BenchmarkSource, year: Int? = nil, benchmarker: Benchmarker,
                 judgements: OfstedLatestJudgements) {
        guard let year = year ?? benchmarker.years(source).last else { return nil }
        let value = { (code: String) in benchmarker.value(source, level: .localAuthority, code: code, year: year) }
        let good = judgements.goodOrOutstanding
        let goodValues = benchmarker.directory.all.filter { good.contains($0.code) }.map { value($0.code) }
        let all = benchmarker.directory.all.compactMap { value($0.code).number }
        let own = value(authority).number
        self.init(year: year, polarity: source.polarity, goodOrOutstandingMedian: Self.median(of: goodValues),
                  goodOrOutstandingWithFigure: goodValues.compactMap(\.number).count, goodOrOutstandingAuthorities: goodValues.count,
                  fifth: Self.fifth(of: own, among: all, polarity: source.polarity),
                  place: own.map { v in all.filter { source.polarity == .low ? $0 < v : $0 > v }.count + 1 },
                  rankedAuthorities: all.count)
    }

    /// The median of the values that are numbers (symbols left out); nil when there are none.
    public static func median(of values: [PublishedValue]) -> Double? {
        median(values.compactMap(\.number))
    }

    /// The middle value, or the mean of the middle two for an even count; nil for none.
    public static func median(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Top or bottom fifth of `value` among `all` (which holds it) by `polarity`; see the type's rule.
    public static func fifth(of value: Double?, among all: [Double], polarity: PublishedPolarity) -> Fifth? {
        guard let v = value, polarity != .none else { return nil }
        let better = all.filter { polarity == .low ? $0 < v : $0 > v }.count
        let worse = all.filter { polarity == .low ? $0 > v : $0 < v }.count
        let top = (better + 1) * 5 <= all.count, bottom = (worse + 1) * 5 <= all.count
        switch (top, bottom) {
        case (true, false): return .top
        case (false, true): return .bottom
        default: return nil
        }
    }
}
