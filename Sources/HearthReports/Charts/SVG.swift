import Foundation
import HearthCore

/// Small pieces every chart needs. Charts carry presentation attributes only (no `style`), so
/// pages can keep a Content-Security-Policy without 'unsafe-inline'.
enum SVG {
    /// Coordinates with one decimal: enough for a screen, short enough to keep pages small.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Opening tag of an accessible chart: announced as one image with a title and description.
    static func open(width: Double, height: Double, title: String, description: String, cssClass: String) -> String {
        let id = "c" + String(fnv(title + description), radix: 36)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="\(cssClass)" viewBox="0 0 \(n(width)) \(n(height))" \
            width="\(n(width))" height="\(n(height))" role="img" aria-labelledby="\(id)t \(id)d">\
            <title id="\(id)t">\(MarkupText.escape(title))</title><desc id="\(id)d">\(MarkupText.escape(description))</desc>
            """
    }

    /// A stable short hash for element ids (Swift's `hashValue` changes with every process).
    static func fnv(_ s: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// "Nice" axis bounds and step for values between `low` and `high`, about `ticks` steps.
    static func axis(low: Double, high: Double, ticks: Int = 4) -> (low: Double, high: Double, step: Double) {
        var lo = min(low, high), hi = max(low, high)
        if lo == hi { lo -= 1; hi += 1 }
        let raw = (hi - lo) / Double(max(ticks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        return (floor(lo / step) * step, ceil(hi / step) * step, step)
    }
}
