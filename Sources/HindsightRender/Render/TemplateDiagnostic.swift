import HindsightCore
import HindsightTemplates

extension Diagnostic {
    /// A theme template that does not parse: the engine's error is already in words at the
    /// tag's line and column; this names the file and the rule.
    init(_ error: TemplateError, in path: String) {
        self.init(file: path, line: error.line, column: error.column, severity: .error, rule: "theme-template-invalid",
                  message: error.message)
    }
}
