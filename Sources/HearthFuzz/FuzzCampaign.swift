import Foundation
import HearthData

/// Runs one target for a number of inputs or seconds: first every seed as it is, then
/// mutants, counting what happened. A crash or hang ends the process (see `CrashGuard`), so
/// a finished campaign has found neither.
struct FuzzCampaign {
    struct Result {
        let target: String
        let seeds: Int
        var inputs = 0
        var refused = 0
        var slowestNanoseconds: UInt64 = 0
        var seconds = 0.0

        var line: String {
            let rate = seconds > 0 ? Int(Double(inputs) / seconds) : inputs
            return "\(target.padding(toLength: 14, withPad: " ", startingAt: 0)) inputs \(inputs)  errors (expected) \(refused)"
                + "  crashes 0  hangs 0  time \(String(format: "%.1f", seconds)) s  \(rate) inputs/s"
                + "  slowest \(String(format: "%.1f", Double(slowestNanoseconds) / 1e6)) ms  seeds \(seeds)"
        }
    }

    let target: FuzzTarget
    let options: FuzzOptions

    func run() -> Result {
        let seeds = SeedCorpus.load(target, root: options.corpusRoot(), maxLength: options.maxLength)
        // Each target has its own stream, so choosing other targets does not change its inputs.
        let stream = options.seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: target.name.hashValueStable)
        var mutator = ByteMutator(seed: stream, tokens: target.tokens, maxLength: options.maxLength)
        let pool = seeds.isEmpty ? [[UInt8]()] : seeds
        let workbooks = target.shape == .workbook ? pool.map(WorkbookMutator.Seed.init) : []
        var result = Result(target: target.name, seeds: seeds.count)
        CrashGuard.prepare(target: target.name, seed: options.seed, folder: options.findings)
        let start = CrashGuard.now()
        let deadline = options.seconds.map { start + UInt64($0 * 1e9) }
        var k = 0
        while true {
            if let runs = options.runs, result.inputs >= runs { break }
            if let deadline, k % 16 == 0, CrashGuard.now() >= deadline { break }
            let input: [UInt8]
            if k < seeds.count {
                input = seeds[k]
            } else if target.shape == .workbook {
                input = WorkbookMutator.mutate(workbooks[mutator.below(workbooks.count)],
                                               other: workbooks[mutator.below(workbooks.count)], with: &mutator)
            } else {
                input = mutator.mutate(pool[mutator.below(pool.count)], other: pool[mutator.below(pool.count)])
            }
            k += 1
            CrashGuard.willRun(input)
            let outcome = target.run(input)
            result.slowestNanoseconds = max(result.slowestNanoseconds, CrashGuard.didRun())
            result.inputs += 1
            if case .refused = outcome { result.refused += 1 }
        }
        result.seconds = Double(CrashGuard.now() - start) / 1e9
        return result
    }
}

extension String {
    /// FNV-1a of the UTF-8 bytes: `hashValue` is seeded per process, which would make runs
    /// differ with the same --seed.
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
