import HearthCore

extension OfstedHistory {
    /// The shipped tables, read once for the process. Empty only if the package was built without
    /// its resources, so callers that cannot throw (the demo's defaults) still get a value.
    public static let shippedOrEmpty: OfstedHistory = (try? shipped()) ?? OfstedHistory(byArea: [:])
}
