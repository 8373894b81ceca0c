import HearthData

/// The words for an authority's rank and quartile, one wording for every page, pack and the CLI:
/// "best" and "worst" only where DfE's dictionary gives the measure a polarity.
extension BenchmarkComparison {
    /// "3rd of 152 authorities, highest first (DfE: higher is better)"; for a measure DfE gives
    /// no polarity, "12th highest of 152 authorities (DfE calls neither higher nor lower better)".
    public var rankText: String? {
        guard let rank else { return nil }
        let of = "of \(rankedAuthorities) authorities"
        switch polarity {
        case .high: return "\(Self.ordinal(rank)) \(of), highest first (DfE: higher is better)"
        case .low: return "\(Self.ordinal(rank)) \(of), lowest first (DfE: lower is better)"
        case .none: return "\(Self.ordinal(rank)) highest \(of) (DfE calls neither higher nor lower better)"
        }
    }

    /// "best quarter" … "worst quarter"; "highest quarter" … "lowest quarter" without a polarity.
    public var quartileText: String? {
        guard let quartile, (1...4).contains(quartile) else { return nil }
        let words = polarity == .none
            ? ["highest quarter", "second highest quarter", "second lowest quarter", "lowest quarter"]
            : ["best quarter", "second quarter", "third quarter", "worst quarter"]
        return words[quartile - 1]
    }

    /// Which end rank 1 is at, for machines: "highest" or "lowest".
    public var rankedFrom: String { polarity == .low ? "lowest" : "highest" }

    /// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
    public static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}
