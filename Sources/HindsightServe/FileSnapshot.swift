import Foundation

/// The modification time and size of every file under some paths: two snapshots that
/// differ mean something was saved, added or removed. Polling keeps the watcher the same
/// on Linux and macOS, and a few hundred stat calls a tick cost nothing.
struct FileSnapshot: Equatable {
    private struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
    }

    private var stamps: [String: Stamp] = [:]

    init(paths: [String]) {
        for path in paths {
            record(path)
            guard let enumerator = FileManager.default.enumerator(atPath: path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    record(path + "/" + relative)
                }
            }
        }
    }

    private mutating func record(_ path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        stamps[path] = Stamp(modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue)
    }
}
