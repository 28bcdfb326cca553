/// The generator itself.
public enum Generator {
    /// Part of every cache key and of the pages' `generator` meta tag.
    public static let version = "0.1.0"
}
