import Foundation
import HearthIndicators

/// Money and FTE as council finance and HR reports write them.
public enum MoneyFormat {
    /// "£1,234,567", "−£2,000": whole pounds.
    public static func pounds(_ amount: Double) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.maximumFractionDigits = 0
        f.locale = Locale(identifier: "en_GB")
        let text = f.string(from: NSNumber(value: abs(amount).rounded())) ?? String(Int(abs(amount).rounded()))
        return (amount < -0.5 ? "−£" : "£") + text
    }

    /// One decimal place, the precision DfE publishes FTE and rates at; "–" for none.
    public static func oneDecimal(_ v: Double?) -> String { v.map { PublishedRounding.text($0, places: 1) } ?? "–" }

    /// A percentage to one decimal place, or "–" when there is no denominator.
    public static func percent(_ v: Double?) -> String { v.map { PublishedRounding.text($0, places: 1) + "%" } ?? "–" }
}
