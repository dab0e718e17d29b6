// swift-tools-version: 6.0
import PackageDescription

// Targets are layers; a target imports only the ones below it (see each target's README.md):
//
//   ParticipatieCLI (executable) → ParticipatieCommands → ParticipatieReport → ParticipatieReading → ParticipatieModel
//                                                          ↘ MustacheEngine       ↘ CommonMark → Ccmark
//   every layer that touches files → ParticipatieSystem → swift-system
let package = Package(
    name: "participatie",
    products: [
        .executable(name: "participatie", targets: ["ParticipatieCLI"]),
        .library(name: "ParticipatieReport", targets: ["ParticipatieReport"]),
        .library(name: "MustacheEngine", targets: ["MustacheEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        // The reference the template engine is compared with in its tests; not part of the tool.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "Cyaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "Clibcrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "ParticipatieSystem",
            dependencies: [.product(name: "SystemPackage", package: "swift-system")],
            exclude: ["README.md"]
        ),
        .target(name: "ParticipatieModel", exclude: ["README.md"]),
        .target(name: "CommonMark", dependencies: ["Ccmark"], exclude: ["README.md"]),
        .target(name: "MustacheEngine", exclude: ["README.md"]),
        .target(
            name: "ParticipatieReading",
            dependencies: ["ParticipatieModel", "ParticipatieSystem", "CommonMark", "Cyaml"],
            exclude: ["README.md"]
        ),
        .target(
            name: "ParticipatieReport",
            dependencies: ["ParticipatieModel", "ParticipatieReading", "ParticipatieSystem", "CommonMark", "MustacheEngine", "Clibcrypto"],
            exclude: ["README.md"]
        ),
        .target(
            name: "ParticipatieCommands",
            dependencies: [
                "ParticipatieModel", "ParticipatieReading", "ParticipatieReport", "ParticipatieSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "ParticipatieCLI", dependencies: ["ParticipatieCommands"]),
        .executableTarget(
            name: "ParticipatieFuzz",
            dependencies: ["ParticipatieModel", "ParticipatieReading", "CommonMark", "MustacheEngine"]
        ),
        .testTarget(name: "ReadingTests", dependencies: ["ParticipatieReading"]),
        .testTarget(
            name: "MustacheEngineTests",
            dependencies: ["MustacheEngine", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "ParticipatieTests",
            dependencies: [
                "ParticipatieModel", "ParticipatieSystem", "ParticipatieReading", "ParticipatieReport",
                "ParticipatieCommands", "CommonMark", "MustacheEngine",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
