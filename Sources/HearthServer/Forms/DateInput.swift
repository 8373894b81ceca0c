import HearthCore

/// A date field as GOV.UK asks for one: day, month and year in three boxes, never the browser's
/// date picker (whose order follows the browser's locale: 12/06/2026 is June in an en-US browser).
/// The form posts `name-day`, `name-month` and `name-year`; `FormBody.foldingDates` makes them the
/// one `name` field (yyyy-mm-dd) the handlers read.
struct DateInput {
    let name: String
    let id: String
    let label: String
    let hint: String
    let day: String
    let month: String
    let year: String

    init(_ name: String, id: String, label: String, value: Day? = nil, hint: String = "For example, 31 3 2027") {
        self.name = name
        self.id = id
        self.label = label
        self.hint = hint
        day = value.map { String($0.dayOfMonth) } ?? ""
        month = value.map { String($0.month) } ?? ""
        year = value.map { String($0.year) } ?? ""
    }
}
