// swift-tools-version:6.0
import PackageDescription
import Foundation

// `make setup` links the llama.cpp build from the cache into .deps/llama.
let packageDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
let llamaLib = packageDir + "/.deps/llama/lib"

let package = Package(
    name: "ChatSearch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chatsearch", targets: ["chatsearch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CLlama", path: "Sources/CLlama"),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "CSupport", path: "Sources/CSupport"),
        .target(
            name: "ChatSearchCore",
            dependencies: [
                "CSQLite", "CSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "ChatSearchEngine",
            dependencies: ["ChatSearchCore", "CLlama", "CSupport"],
            linkerSettings: [
                .unsafeFlags(["-L", llamaLib, "-Xlinker", "-rpath", "-Xlinker", llamaLib]),
            ]
        ),
        .target(
            name: "ChatSearchTUI",
            dependencies: ["ChatSearchCore", "CNCursesW", "CSupport"]
        ),
        .target(
            name: "ChatSearchBench",
            dependencies: ["ChatSearchCore", "ChatSearchEngine"]
        ),
        .target(
            name: "ChatSearchKit",
            dependencies: ["ChatSearchCore", "ChatSearchEngine", "ChatSearchTUI", "ChatSearchBench", "CSupport"]
        ),
        .executableTarget(
            name: "chatsearch",
            dependencies: [
                "ChatSearchKit", "ChatSearchBench", "ChatSearchCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the readers of untrusted files (`make fuzz`); a plain build replays inputs.
        .executableTarget(
            name: "chatsearch-fuzz",
            dependencies: ["ChatSearchCore", "ChatSearchEngine"],
            path: "Fuzz"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["ChatSearchCore", "ChatSearchEngine", "CSupport"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "ChatSearchCoreTests",
            dependencies: ["ChatSearchCore", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChatSearchEngineTests",
            dependencies: ["ChatSearchCore", "ChatSearchEngine", "ChatSearchBench", "ChatSearchKit", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChatSearchTUITests",
            dependencies: ["ChatSearchCore", "ChatSearchTUI", "TestSupport"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ChatSearchCore", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
