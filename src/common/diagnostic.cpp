#include "verstka/diagnostic.hpp"

namespace verstka {

bool has_errors(const Diagnostics& diagnostics) noexcept {
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::error) return true;
    }
    return false;
}

const char* severity_name(Severity severity) noexcept {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
    }
    return "error";
}

}  // namespace verstka
