// verstka — diagnostics: how every problem with an input is reported.
#ifndef VERSTKA_DIAGNOSTIC_HPP
#define VERSTKA_DIAGNOSTIC_HPP

#include <string>
#include <vector>

namespace verstka {

enum class Severity {
    error,
    warning,
    info,  ///< a note on a guess an importer made (`import.*`), for an editor to check
};

/// One problem found in an input. Errors make a result `ok == false`; warnings and infos never do.
///
/// `code` is stable and documented (`json.syntax`, `article.missing-title`, `url.rejected` …).
/// `path` is a JSON Pointer into the article (`/body/3/text`), empty when the problem is not
/// tied to a value. `line` and `column` are 1-based; 0 means unknown. For problems inside a
/// text field they point into the JSON source when known, else into the field's own text.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;
    std::string message;
    std::string path;
    int line = 0;
    int column = 0;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics) noexcept;

/// "error", "warning" or "info".
const char* severity_name(Severity severity) noexcept;

}  // namespace verstka

#endif
