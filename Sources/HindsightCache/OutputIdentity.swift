import HindsightCore
import HindsightRender
import HindsightWrite

/// Which output folder is there now: the device, inode and change time of the folder and of
/// its marker file. Every build publishes a new folder (the staging folder renamed), so a
/// folder replaced, restored or rebuilt without the cache has another identity; adding or
/// removing a file at its top level changes the folder's change time.
///
/// Edits deeper inside the output folder (a page changed or deleted by hand) are not seen:
/// checking them would mean reading the whole site. `--no-cache` rebuilds everything.
enum OutputIdentity {
    static func current(of folder: String) -> [Int]? {
        guard let folderIdentity = RawFile.identity(atPath: folder),
              let markerIdentity = RawFile.identity(atPath: Path.join(folder, OutputDirectory.markerName))
        else { return nil }
        return folderIdentity + markerIdentity
    }
}
