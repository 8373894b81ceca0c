import HearthCore
import Hummingbird

/// Reading the fields of the programme's forms, with the message a user sees when one is wrong.
enum FormValues {
    static func text(_ value: String?, _ name: String, required: Bool = true, max: Int = 2000) throws -> String {
        let t = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if required && t.isEmpty { throw HTTPError(.badRequest, message: "Enter the \(name).") }
        guard t.count <= max else { throw HTTPError(.badRequest, message: "The \(name) is longer than \(max) characters.") }
        return t
    }

    /// A date typed as yyyy-mm-dd (the date input) or dd/mm/yyyy.
    static func day(_ value: String?, _ name: String, required: Bool = true) throws -> Day? {
        let t = (value ?? "").trimmingCharacters(in: .whitespaces)
        if t.isEmpty {
            if required { throw HTTPError(.badRequest, message: "Enter the \(name).") }
            return nil
        }
        guard let d = Day(flexible: t) else { throw HTTPError(.badRequest, message: "The \(name) \"\(t)\" is not a date; use the form 31/03/2026.") }
        return d
    }

    static func number(_ value: String?, _ name: String) throws -> Double {
        let t = (value ?? "").trimmingCharacters(in: .whitespaces)
        guard let n = Double(t), n.isFinite else { throw HTTPError(.badRequest, message: "The \(name) \"\(t)\" is not a number.") }
        return n
    }

    static func choice<T: RawRepresentable>(_ value: String?, _ name: String) throws -> T where T.RawValue == String {
        guard let v = value.flatMap(T.init(rawValue:)) else { throw HTTPError(.badRequest, message: "Choose the \(name).") }
        return v
    }

    /// A new id `prefix` + the lowest number not taken.
    static func nextID(_ prefix: String, taken: some Sequence<String>) -> String {
        let used = Set(taken)
        var n = 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }

    /// `base` itself when free, else `base-1`, `base-2`…
    static func uniqueID(_ base: String, taken: some Sequence<String>) -> String {
        let used = Set(taken)
        return used.contains(base) ? nextID(base + "-", taken: used) : base
    }
}
