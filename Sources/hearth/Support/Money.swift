import Foundation
import HearthReports

func pounds(_ amount: Double) -> String { MoneyFormat.pounds(amount) }

func oneDecimal(_ v: Double?) -> String { MoneyFormat.oneDecimal(v) }

func percentText(_ v: Double?) -> String { MoneyFormat.percent(v) }

/// Pretty, key-sorted JSON, as every command prints it.
func jsonText<T: Encodable>(_ value: T) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    return (try? e.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
}
