import Foundation
import HearthCore
import HearthData

/// A set of returns to import: what was read, and the files it was read from.
public struct ImportRequest: Sendable {
    public let returnSet: ReturnSet
    /// The original files; their bytes are kept with the submission.
    public let files: [URL]
    /// Who imports (a user name).
    public let importedBy: String
    /// The authority, when the returns do not say (the CIN header does).
    public let authority: String?
    public let importedAt: Date

    public init(returnSet: ReturnSet, files: [URL], importedBy: String, authority: String? = nil, importedAt: Date = Date()) {
        self.returnSet = returnSet
        self.files = files
        self.importedBy = importedBy
        self.authority = authority
        self.importedAt = importedAt
    }

    /// The staff records read beside the returns: stored with the submission.
    public var staffing: StaffingRecords? { returnSet.staffing }
    /// The cost table read with the returns: it replaces the authority's table.
    public var placementCosts: PlacementCostTable? { returnSet.placementCosts }
}
