import Foundation

/// Pounds as a council finance report writes them: "£1,234,567", "−£2,000".
func pounds(_ amount: Double) -> String {
    let f = NumberFormatter()
    f.numberStyle = .decimal
    f.maximumFractionDigits = 0
    f.locale = Locale(identifier: "en_GB")
    let text = f.string(from: NSNumber(value: abs(amount).rounded())) ?? String(Int(abs(amount).rounded()))
    return (amount < -0.5 ? "−£" : "£") + text
}

/// One decimal place, the precision DfE publishes FTE and rates at.
func oneDecimal(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "–" }

/// A percentage to one decimal place, or "–" when there is no denominator.
func percentText(_ v: Double?) -> String { v.map { String(format: "%.1f%%", $0) } ?? "–" }

/// Pretty, key-sorted JSON, as every command prints it.
func jsonText<T: Encodable>(_ value: T) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    return (try? e.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
}
