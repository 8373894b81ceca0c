import Foundation

/// xoshiro256** seeded through SplitMix64: a small, fast generator whose output depends only on
/// the seed, so the same seed gives the same synthetic authority on every machine and run.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// An independent stream for one part of the simulation, so adding draws in one part does
    /// not shift every other part.
    public func stream(_ label: UInt64) -> SeededRandom {
        SeededRandom(seed: s0 ^ (label &* 0xD1B5_4A32_D192_ED03) ^ s3)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in a closed range (Lemire's method would be unbiased; the modulo bias here is
    /// below 2^-40 for the ranges used and keeps the stream simple).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Exponentially distributed with the given mean.
    public mutating func exponential(mean: Double) -> Double {
        -mean * log1pNeg(unit())
    }

    /// An index drawn with the given weights (which need not sum to 1).
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    /// Fisher–Yates, independent of the standard library's shuffle algorithm.
    public mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = int(0...i)
            if i != j { a.swapAt(i, j) }
        }
    }

    private func log1pNeg(_ u: Double) -> Double {
        // log(1 - u) with u in [0, 1): never log(0).
        var x = 1 - u
        if x <= 0 { x = 0x1.0p-53 }
        return Foundation.log(x)
    }
}
