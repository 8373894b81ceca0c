/// SSDA903 SWEpisodes (from 2023-24): the child's allocated social workers.
public struct SocialWorkerEpisode: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `SW_ID`: the worker's Social Work England number or local ID.
    public let socialWorkerID: String?
    /// `SW_DECOM`
    public let startDate: Day?
    /// `SW_DEC`
    public let endDate: Day?
    /// `SW_REASON`: MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED, OTHERS.
    public let reasonForChange: String?

    public init(childID: String, birthDate: Day? = nil, socialWorkerID: String? = nil, startDate: Day? = nil, endDate: Day? = nil, reasonForChange: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.socialWorkerID = socialWorkerID
        self.startDate = startDate
        self.endDate = endDate
        self.reasonForChange = reasonForChange
    }
}
