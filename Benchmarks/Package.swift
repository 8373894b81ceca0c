// swift-tools-version: 6.1
// Hearth's performance benchmarks, kept in their own package so that building and testing Hearth
// never compiles the harness. Run from this folder: `swift package benchmark` (release build).
import PackageDescription

let package = Package(
    name: "HearthBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named so the products resolve whatever the checkout folder is called.
        .package(name: "Hearth", path: ".."),
        // No traits, so neither of the package's interposers (malloc, ARC) is built in: the malloc
        // one counted every allocation and made the national read 1.5× slower than the product
        // runs (3.09 s against 2.10 s p50). The metrics kept here (wall clock, CPU, peak resident
        // memory) need neither.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: []),
    ],
    targets: [
        .target(
            name: "BenchmarkData",
            dependencies: [
                .product(name: "HearthCore", package: "Hearth"),
                .product(name: "HearthData", package: "Hearth"),
            ]
        ),
        .executableTarget(
            name: "Readers",
            dependencies: [
                "BenchmarkData",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HearthData", package: "Hearth"),
            ],
            path: "Benchmarks/Readers",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Indicators",
            dependencies: [
                "BenchmarkData",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HearthData", package: "Hearth"),
                .product(name: "HearthIndicators", package: "Hearth"),
            ],
            path: "Benchmarks/Indicators",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
