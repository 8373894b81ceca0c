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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthCore", "HearthData", "HearthIndicators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearthCoreTests", dependencies: ["HearthCore"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["HearthIndicators"]),
        .testTarget(
            name: "HearthDataTests",
            dependencies: ["HearthData"],
            resources: [.copy("Corpus")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
