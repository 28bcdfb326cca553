import Foundation

/// One file made from the archive as a whole, described before it is made: the listings
/// are many independent files of very different cost, so they are rendered in parallel.
package struct ListingFile: Sendable {
    package let path: String
    package let contents: @Sendable () throws -> PiecewiseText
}
