/// Why a front-matter block (or `hindsight.yml`) could not be read, and the file line to
/// point the diagnostic at.
struct FrontMatterFailure: Error {
    var line: Int
    var message: String
}
