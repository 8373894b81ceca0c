// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .library(name: "HearthCore", targets: ["HearthCore"]),
        .library(name: "HearthData", targets: ["HearthData"]),
        .library(name: "HearthIndicators", targets: ["HearthIndicators"]),
        .library(name: "HearthStore", targets: ["HearthStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
                "HearthCore", "HearthData", "HearthIndicators",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthCore", "HearthData", "HearthIndicators", "HearthStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearthCoreTests", dependencies: ["HearthCore"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["HearthIndicators"]),
        .testTarget(name: "HearthStoreTests", dependencies: ["HearthStore", "HearthData"]),
        .testTarget(
            name: "HearthDataTests",
            dependencies: ["HearthData"],
            resources: [.copy("Corpus")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
