import Benchmark
import BenchmarkData
import Foundation
import HearthCore
import HearthData
import HearthIndicators

/// The full indicator set on a national-scale year (the synthetic England): reading every file
/// and computing every indicator, target under 2 s on 2 cores.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)

    let dir = BenchmarkReturns.cacheDirectory.appendingPathComponent("england", isDirectory: true)
    do {
        try BenchmarkReturns.writeEngland(to: dir)
    } catch {
        print("England benchmark data could not be made: \(error)")
        return
    }
    let period = ReportingPeriod.financialYear(BenchmarkReturns.year)
    // The national CIN census is over a gigabyte: above the limit an authority's files are held to.
    var options = ReturnSetReader.Options()
    options.maxFileBytes = 8 << 30
    let reader = ReturnSetReader(options: options)

    Benchmark("England: read all returns and compute every indicator") { benchmark in
        for _ in benchmark.scaledIterations {
            let set = await reader.read(directory: dir)
            precondition(set.dataset.cin != nil && set.dataset.ssda903 != nil, "the England returns were not all read")
            blackHole(IndicatorEngine(dataset: set.dataset).computeAll(over: period))
        }
    }
    Benchmark("England: compute every indicator (dataset in memory)") { benchmark in
        let set = await reader.read(directory: dir)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(IndicatorEngine(dataset: set.dataset).computeAll(over: period))
        }
    }
}
