/// The incident rows every term page picks from, made once and read by the parallel
/// renderers. Unchecked because swift-mustache wants `Any`: the rows hold only strings,
/// numbers, booleans and collections of them, all Sendable, and nothing changes them.
struct SharedRows: @unchecked Sendable {
    let rows: [[String: Any]]
}
