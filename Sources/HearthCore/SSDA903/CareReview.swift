/// SSDA903 Reviews: a looked-after child's review.
public struct CareReview: Sendable, Equatable {
    /// `CHILD`
    public let childID: String
    /// `DOB`
    public let birthDate: Day?
    /// `REVIEW`
    public let reviewDate: Day?
    /// `REVIEW_CODE`: PN0–PN7, how the child took part.
    public let participation: String?

    public init(childID: String, birthDate: Day? = nil, reviewDate: Day? = nil, participation: String? = nil) {
        self.childID = childID
        self.birthDate = birthDate
        self.reviewDate = reviewDate
        self.participation = participation
    }
}
