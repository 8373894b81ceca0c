import Benchmark
import BenchmarkData
import Foundation
import HearthCore
import HearthData

/// Reading the returns: a 20,000-child CIN census (target under 0.5 s) and a 50,000-child SSDA903
/// with its previous year (target under 1 s), both under 500 MB, and at 4× and 16× to show that
/// time grows linearly with size.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .throughput],
        warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 10)

    let england = Lazy { try BenchmarkReturns.england() }
    for scale in [1, 4, 16] {
        let children = 20_000 * scale
        do {
            let url = try BenchmarkReturns.cinCensus(children: children, from: try england.get())
            Benchmark("CIN census read, \(children) children (\(scale)x)") { benchmark in
                for _ in benchmark.scaledIterations { blackHole(CINCensusReader.read(url: url)) }
            }
        } catch {
            print("CIN benchmark data could not be made: \(error)")
        }
    }
    for scale in [1, 4, 16] {
        let children = 50_000 * scale
        do {
            let dir = try BenchmarkReturns.ssda903(children: children, from: try england.get())
            let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
                .sorted { $0.path < $1.path }
            Benchmark("SSDA903 read with previous year, \(children) children (\(scale)x)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(await SSDA903Assembler().assemble(contentsOf: files))
                }
            }
        } catch {
            print("SSDA903 benchmark data could not be made: \(error)")
        }
    }
}
