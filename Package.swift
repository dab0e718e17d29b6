// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "participatie",
    products: [
        .executable(name: "participatie", targets: ["ParticipatieCLI"]),
        .library(name: "Participatie", targets: ["Participatie"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "Participatie",
            dependencies: [
                "Ccmark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "ParticipatieCLI",
            dependencies: [
                "Participatie",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ParticipatieFuzz",
            dependencies: ["Participatie"]
        ),
        .testTarget(
            name: "ParticipatieTests",
            dependencies: [
                "Participatie",
                // The reference our own template renderer is compared with; not part of the tool.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
