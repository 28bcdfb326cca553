import ArgumentParser
import Foundation

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight-bench",
        abstract: "Measures Hindsight against Hugo and the cmark-gfm parsing lower bound on synthetic archives.",
        subcommands: [Generate.self, Run.self, TemplateBenchmark.self],
        defaultSubcommand: Run.self
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a synthetic archive of N postmortems.")
        @Argument var count: Int
        @Argument var folder: String
        func run() throws { try SyntheticArchive(count: count).write(to: folder) }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the benchmark and write BENCHMARKS.md.")

        @Option(help: "Archive sizes, comma-separated.") var sizes = "1000,10000,50000"
        @Option(help: "Runs per figure (the median is reported).") var runs = 3
        @Option(help: "The hindsight executable (a release build).") var hindsight = ".build/release/hindsight"
        @Option(help: "Scratch folder on tmpfs.") var memoryFolder = "/dev/shm/hindsight-bench"
        @Option(help: "Scratch folder on disk.") var diskFolder = "/tmp/hindsight-bench"
        @Option(help: "Where to write the table.") var output = "BENCHMARKS.md"
        @Flag(help: "Skip the Hugo reference.") var noHugo = false

        func run() throws {
            let executable = URL(fileURLWithPath: hindsight).standardizedFileURL.path
            var rows: [BenchmarkRow] = []
            for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
                let suite = BenchmarkSuite(size: size, runs: runs, hindsight: executable,
                                           memoryFolder: memoryFolder, diskFolder: diskFolder, includeHugo: !noHugo)
                rows += try suite.run()
                try BenchmarkReport(rows: rows).write(to: output)
            }
            print(try String(contentsOfFile: output, encoding: .utf8))
        }
    }
}
