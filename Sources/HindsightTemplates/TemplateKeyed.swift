/// An object that answers a template's keys itself: `TemplateValue.keyed` holds one where
/// making every value up front would cost more than the templates that read them.
public protocol TemplateKeyed: Sendable {
    /// The value of `key`, or nil when the object has none (lookup then goes on to the
    /// enclosing contexts).
    func value(forKey key: String) -> TemplateValue?
}
