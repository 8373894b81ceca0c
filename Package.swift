// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .executable(name: "hearth-fuzz", targets: ["HearthFuzz"]),
        .library(name: "HearthCore", targets: ["HearthCore"]),
        .library(name: "HearthData", targets: ["HearthData"]),
        .library(name: "HearthIndicators", targets: ["HearthIndicators"]),
        .library(name: "HearthStore", targets: ["HearthStore"]),
        .library(name: "HearthReports", targets: ["HearthReports"]),
        .library(name: "HearthApplication", targets: ["HearthApplication"]),
        .library(name: "HearthServer", targets: ["HearthServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        // Named because the store imports them itself (COPY, the bulk writer), not only through the kits.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "HearthCore",
            resources: [.copy("Resources/reference")]
        ),
        .target(
            name: "HearthData",
            dependencies: [
                "HearthCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/published")]
        ),
        .target(name: "HearthIndicators", dependencies: ["HearthCore", "HearthData"]),
        .target(
            name: "HearthStore",
            dependencies: [
                "HearthCore", "HearthData",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "HearthReports",
            // HearthData for the zip packing the .docx shares with the .xlsx (`ZipPackage`).
            dependencies: ["HearthCore", "HearthData", "HearthIndicators"]
        ),
        // The application layer: the services the web app and the CLI share (indicators,
        // programme, workforce, board pack, import, demo). No HTTP: only HearthServer serves.
        .target(
            name: "HearthApplication",
            dependencies: [
                "HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthReports",
                // bcrypt only (no HTTP), on NIO's thread pool.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                // The digest's SMTP client (`SMTPMailer`): a plain TCP connection, no HTTP.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HearthServer",
            dependencies: [
                "HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthReports", "HearthApplication",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Templates"), .copy("Assets")]
        ),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthApplication", "HearthServer", "HearthReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The fuzzer: every reader on mutated seed files (scripts/fuzz.sh). HearthCore and
        // HearthData only, so it builds without the server's dependencies.
        .executableTarget(name: "HearthFuzz", dependencies: ["HearthCore", "HearthData"]),
        .testTarget(name: "HearthCoreTests", dependencies: ["HearthCore"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["HearthIndicators", "HearthData", "HearthCore"]),
        .testTarget(
            name: "HearthStoreTests",
            dependencies: [
                "HearthStore", "HearthData", "HearthCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
            ]
        ),
        .testTarget(
            name: "HearthApplicationTests",
            dependencies: ["HearthApplication", "HearthStore", "HearthIndicators", "HearthReports", "HearthData", "HearthCore",
                           "HearthTestSupport"]
        ),
        // Helpers more than one test target needs (LibreOffice for the Word files); never shipped.
        .target(name: "HearthTestSupport", path: "Tests/Support/HearthTestSupport"),
        .testTarget(
            name: "HearthReportsTests",
            dependencies: [
                "HearthReports", "HearthIndicators", "HearthCore", "HearthTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "HearthServerTests",
            dependencies: [
                "HearthServer", "HearthApplication", "HearthStore", "HearthIndicators", "HearthData", "HearthCore", "HearthReports",
                "HearthTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The `hearth` command line run as a child process on a tiny hand-written authority. It finds
        // the executable beside its own bundle, so it needs no dependency on the executable target.
        .testTarget(name: "HearthCLITests", resources: [.copy("Fixture")]),
        .testTarget(
            name: "HearthDataTests",
            dependencies: ["HearthData", "HearthCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Corpus")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
