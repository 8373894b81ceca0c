/// Everything read from one authority's returns: the immutable input of every engine.
///
/// Engines (rules, indicators, forecast) read a `Dataset` and nothing else, so they are pure and
/// independent of how the data arrived (files, the store, the generator).
public struct Dataset: Sendable, Equatable {
    /// DfE 3-digit code of the authority, when the returns say (CIN header, or given on import).
    public let authorityCode: String?
    public let cin: CINCensus?
    /// This year's SSDA903 return.
    public let ssda903: SSDA903Return?
    /// Last year's SSDA903 return, which several 903 indicators and rules need.
    public let ssda903Previous: SSDA903Return?
    public let annexA: AnnexA?
    public let workforce: WorkforceCensus?

    public init(authorityCode: String? = nil, cin: CINCensus? = nil, ssda903: SSDA903Return? = nil,
                ssda903Previous: SSDA903Return? = nil, annexA: AnnexA? = nil, workforce: WorkforceCensus? = nil) {
        self.authorityCode = authorityCode
        self.cin = cin
        self.ssda903 = ssda903
        self.ssda903Previous = ssda903Previous
        self.annexA = annexA
        self.workforce = workforce
    }

    public static let empty = Dataset()

    /// The reporting year (ending 31 March) the data describes: the CIN census year, else the
    /// 903's, else (an Annex A imported alone) the year of the Annex A's latest dates.
    public var collectionYear: Int? { cin?.header.year ?? ssda903?.collectionYear ?? annexA?.collectionYear }
}
