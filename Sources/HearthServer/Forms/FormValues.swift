import HearthCore
import Hummingbird

/// Reading the fields of the forms, with the message a user sees when one is wrong: each
/// failure is a `FormInvalid` naming the field (`field`, its `name` in the form or JSON), so the
/// form comes back with the message beside it.
enum FormValues {
    static func text(_ value: String?, _ name: String, field: String? = nil, required: Bool = true, max: Int = 2000) throws -> String {
        let t = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if required && t.isEmpty { throw FormInvalid("Enter the \(name).", field: field) }
        guard t.count <= max else { throw FormInvalid("The \(name) must be \(max) characters or fewer.", field: field) }
        return t
    }

    /// A date typed as yyyy-mm-dd (the date input) or dd/mm/yyyy.
    static func day(_ value: String?, _ name: String, field: String? = nil, required: Bool = true) throws -> Day? {
        let t = (value ?? "").trimmingCharacters(in: .whitespaces)
        if t.isEmpty {
            if required { throw FormInvalid("Enter the \(name).", field: field) }
            return nil
        }
        guard let d = Day(flexible: t) else { throw FormInvalid("The \(name) must be a real date, like 31/03/2026.", field: field) }
        return d
    }

    static func number(_ value: String?, _ name: String, field: String? = nil) throws -> Double {
        let t = (value ?? "").trimmingCharacters(in: .whitespaces)
        if t.isEmpty { throw FormInvalid("Enter the \(name).", field: field) }
        guard let n = Double(t), n.isFinite else { throw FormInvalid("The \(name) must be a number, like 22.5.", field: field) }
        return n
    }

    static func choice<T: RawRepresentable>(_ value: String?, _ name: String, field: String? = nil) throws -> T where T.RawValue == String {
        guard let v = value.flatMap(T.init(rawValue:)) else { throw FormInvalid("Choose the \(name).", field: field) }
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
