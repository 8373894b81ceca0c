import HearthCore

/// Whether a placement is unregistered provision, from what the SSDA903 holds: its `PLACE`
/// code, the Ofsted `URN` (XXXXXXX when the placement has none) and the child's age. A local
/// reading of the law, not a DfE statistic:
/// - a children's home (K1, K2) must be registered with Ofsted, so one without a URN is not;
/// - since 9 September 2021 children under 16 may only be placed in accommodation registered as
///   a children's home, so an under-16 in semi-independent (H5) or independent (P2) living is;
/// - since 28 April 2024 supported accommodation (H5) for 16–17s must be registered (providers
///   had from October 2023 to apply), so an H5 placement without a URN on or after that date is.
public enum UnregisteredProvision {
    static let underSixteenBan = Day(year: 2021, month: 9, day: 9)!
    static let supportedAccommodationDeadline = Day(year: 2024, month: 4, day: 28)!

    /// Why the placement open on `day` is unregistered, nil when it is not (or cannot be told).
    public static func reason(place: String?, urn: String?, birthDate: Day?, on day: Day) -> String? {
        let noURN = urn.map { $0.isEmpty || $0.uppercased() == "XXXXXXX" } ?? true
        let place = place ?? ""
        if ["K1", "K2"].contains(place), noURN { return "children's home (\(place)) with no Ofsted URN" }
        if ["H5", "P2"].contains(place), day >= underSixteenBan, let birthDate, birthDate.age(on: day) < 16 {
            return "aged \(birthDate.age(on: day)) in \(place == "H5" ? "semi-independent" : "independent") living (under-16s only in registered children's homes)"
        }
        if place == "H5", noURN, day >= supportedAccommodationDeadline {
            return "supported accommodation (H5) with no Ofsted URN"
        }
        return nil
    }
}
