/// Why a front-matter block (or `hindsight.yml`) could not be read, and the file line to
/// point the diagnostic at.
package struct FrontMatterFailure: Error {
    package var line: Int
    package var message: String
}
