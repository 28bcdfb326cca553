// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hindsight",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hindsight", targets: ["HindsightCLI"]),
        .executable(name: "hindsight-bench", targets: ["HindsightBench"]),
        .library(name: "Hindsight", targets: ["Hindsight"]),
        .library(name: "HindsightCore", targets: ["HindsightCore"]),
        .library(name: "HindsightRender", targets: ["HindsightRender"]),
        .library(name: "HindsightTemplates", targets: ["HindsightTemplates"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // TOML front matter: TOMLKit wraps toml++, a complete TOML 1.0 parser, where a
        // hand-written reader kept misreading escapes, comments and multi-line arrays.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // `hindsight serve`: FlyingFox is pure Swift on BSD sockets with async/await, streamed
        // bodies (server-sent events for live reload) and no SwiftNIO, so CI's three builds
        // (debug, AddressSanitizer, ThreadSanitizer) stay fast. Hummingbird would pull SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's cmark-gfm, exposed to Swift. Only Sources/HindsightCore/Markdown imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The library in layers along the pipeline, lowest first: HindsightCore,
        // HindsightRender (which also uses HindsightTemplates, declared below), Hindsight.
        // Each depends only on those below it, so the compiler refuses a dependency that
        // points back up the pipeline.
        //
        // A document to an `Incident`: loading, front matter, Markdown, times, extraction,
        // timeline interpretation and the lint rules. Knows nothing of sites, themes or caches.
        .target(
            name: "HindsightCore",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            // TOMLKit extends String, Int, Array and others with public members (`date`,
            // `string`, `subscript(index:)`) that would otherwise reach every file of the
            // target and make ordinary expressions ambiguous: here they reach only the files
            // that import TOMLKit.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // Incidents to pages: the themes (located, loaded, rendered), charts, feeds,
        // `incidents.json` and the search index, `hindsight new` and `theme export`; the site
        // settings both this and the build read, and the pieces of output text.
        .target(
            name: "HindsightRender",
            dependencies: [
                "HindsightCore",
                "HindsightTemplates",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")],
            // The default theme is compiled in (`EmbeddedTheme`), so the binary needs no
            // checkout beside it; `themes/default/` stays plain files to edit.
            plugins: ["EmbedDefaultTheme"]
        ),
        // Writing the output folder: the staging folder and the swap, the refusal to touch
        // folders Hindsight did not make, files linked from the previous site when their
        // bytes are the same. Knows nothing of the cache or the build that use it.
        .target(
            name: "HindsightWrite",
            dependencies: ["HindsightCore", "HindsightRender"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // What one build leaves for the next, in `.hindsight-cache/`: document stamps, the
        // inputs fingerprint, the last build's record, the sites' manifests, the cached
        // analyses and their listing fragments; and the binary forms values are stored in.
        // Knows nothing of the build that uses it.
        .target(
            name: "HindsightCache",
            dependencies: ["HindsightCore", "HindsightRender", "HindsightWrite"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // Pages to a site: the build and `explain`.
        .target(
            name: "Hindsight",
            dependencies: ["HindsightCore", "HindsightRender", "HindsightWrite", "HindsightCache"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The Mustache engine the themes are rendered with: parsed once into a tree, typed
        // contexts, escaping on bytes. No dependencies.
        .target(name: "HindsightTemplates"),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["EmbedTheme"]),
        .executableTarget(name: "EmbedTheme"),
        .executableTarget(
            name: "HindsightCLI",
            dependencies: [
                "HindsightCore",
                "HindsightRender",
                "Hindsight",
                "HindsightServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "HindsightBench",
            dependencies: [
                "HindsightTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Fixtures"]
        ),
        // A libFuzzer target over front matter, extraction and timeline interpretation:
        // swift build --product HindsightFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
        .executableTarget(name: "HindsightFuzz", dependencies: ["HindsightCore"]),
        .target(
            name: "HindsightServe",
            dependencies: [
                "HindsightCore",
                "HindsightRender",
                "Hindsight",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .testTarget(name: "HindsightTemplatesTests", dependencies: ["HindsightTemplates"]),
        .testTarget(
            name: "HindsightTests",
            dependencies: [
                "HindsightCore", "HindsightRender", "HindsightWrite", "HindsightCache", "Hindsight", "HindsightServe",
                "HindsightTemplates",
            ],
            exclude: ["Time/written-times.tsv"]
        ),
    ]
)
