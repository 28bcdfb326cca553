import Foundation
import HindsightCore

/// The default theme, compiled into Hindsight from `themes/default/` by the
/// `EmbedDefaultTheme` build plugin (which writes `encodedFiles`): the binary works wherever
/// it is copied, with no checkout beside it.
public enum EmbeddedTheme {
    /// How the plugin wrote a file: text as a string literal, other bytes as base64.
    enum EncodedFile {
        case text(String)
        case base64(String)

        var bytes: [UInt8] {
            switch self {
            case .text(let text): Array(text.utf8)
            case .base64(let encoded): Data(base64Encoded: encoded).map(Array.init) ?? []
            }
        }
    }

    /// Every file of the default theme: relative path → bytes.
    public static let files: [String: [UInt8]] = encodedFiles.mapValues(\.bytes)

    /// The relative paths, sorted.
    public static let paths: [String] = files.keys.sorted()
}
