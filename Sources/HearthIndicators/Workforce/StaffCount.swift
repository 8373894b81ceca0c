/// A number of staff (people, not FTE) in one group of a breakdown: a reason for leaving, a band
/// of service, an age band, an ethnic group. Counts of staff are personal data (ethnicity is
/// special-category): what a board sees of them goes through `Disclosure.staff`.
public struct StaffCount: Sendable, Hashable, Codable {
    /// The group's code, for the API and CSV (`under_1`, `white`, the reason as recorded).
    public let key: String
    public let title: String
    public let count: Int

    public init(key: String, title: String, count: Int) {
        self.key = key
        self.title = title
        self.count = count
    }
}
