import Foundation
import HindsightCore

/// Who is writing, as git knows them: `git config user.name` and `user.email`.
public enum GitIdentity {
    /// `Name <email>`, `Name`, or nil when git is missing or knows no name.
    public static func author(in folder: String) -> String? {
        guard let name = config("user.name", in: folder) else { return nil }
        return config("user.email", in: folder).map { "\(name) <\($0)>" } ?? name
    }

    private static func config(_ key: String, in folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "--get", key]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let value = String(decoding: data, as: UTF8.self).trimmed
        return process.terminationStatus == 0 && !value.isEmpty ? value : nil
    }
}
