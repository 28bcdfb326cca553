import HindsightRender

extension ListingFile {
    /// Makes and writes the file; returns what went wrong instead of throwing, so that the
    /// caller can report the first failure in the files' order whatever order they ran in.
    package func write(with writer: SiteWriter) -> SiteWriter.Failure? {
        do {
            try writer.write(contents(), to: path)
            return nil
        } catch let failure as SiteWriter.Failure {
            return failure
        } catch {
            return SiteWriter.Failure(path: path, reason: "\(error)")
        }
    }
}
