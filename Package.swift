// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sourced",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sourced", targets: ["sourced"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "SourcedCore",
            dependencies: [
                "PCRE2", "CCMarkGFM", "CLibXML2", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "SourcedReports",
            dependencies: ["SourcedCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "sourced",
            dependencies: [
                "SourcedCore", "SourcedReports", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets: a replay tool here; a libFuzzer binary when scripts/fuzz builds it.
        .executableTarget(name: "sourced-fuzz", dependencies: ["SourcedCore", "PCRE2"], path: "Fuzz"),
        // Shared by the test targets: where the checkout, its Rules/ and the corpus are.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "SourcedCoreTests", dependencies: ["SourcedCore", "TestSupport"]),
        .testTarget(name: "SourcedReportsTests", dependencies: ["SourcedReports", "TestSupport"]),
        .testTarget(name: "SourcedCLITests", dependencies: ["sourced", "sourced-fuzz", "TestSupport"]),
    ]
)
