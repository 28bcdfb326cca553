import Foundation

struct BenchmarkRow {
    var tool: String
    var size: Int
    var cold: Measurement
    var coldOnDisk: Measurement?
    var noChange: Measurement?
    var oneChanged: Measurement?
}

/// BENCHMARKS.md: one table, one row per tool and archive size.
struct BenchmarkReport {
    let rows: [BenchmarkRow]

    func write(to path: String) throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = ProcessInfo.processInfo.physicalMemory >> 30
        var text = """
            # Benchmarks

            Written by `swift run -c release hindsight-bench` on a machine with \(cores) cores and \(memory) GiB of memory.
            Synthetic archives shaped like the real corpus (front matter on half the documents, timeline
            tables of 6–15 rows, 3–8 KB typical, one in 200 about 50 KB). Median of 3 runs; output on
            tmpfs (`/dev/shm`), with the on-disk figure beside it; peak RSS from `/usr/bin/time -v`.
            "No change" rebuilds the same archive over the previous output; "one file changed" after
            editing one document.

            | documents | tool | cold build | cold, on disk | pages/s | peak RSS | no change | one file changed |
            | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |

            """
        for row in rows {
            let cells = [
                "\(row.size)", row.tool, seconds(row.cold), row.coldOnDisk.map(seconds) ?? "–",
                String(Int((Double(row.size) / max(row.cold.seconds, 0.001)).rounded())),
                "\(row.cold.peakKilobytes / 1024) MB", row.noChange.map(seconds) ?? "–", row.oneChanged.map(seconds) ?? "–",
            ]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func seconds(_ measurement: Measurement) -> String {
        measurement.seconds < 1 ? "\(Int((measurement.seconds * 1000).rounded())) ms" : String(format: "%.2f s", measurement.seconds)
    }
}
