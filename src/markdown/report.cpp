#include "markdown/report.hpp"

namespace verstka::detail {

void report_warning(const MarkdownContext& ctx, const SourceText& source, std::string_view code,
                    std::string message, SourcePos pos) {
    if (ctx.diagnostics == nullptr) return;
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = std::string(code);
    d.message = std::move(message);
    d.path = ctx.pointer;
    if (pos.line > 0 && pos.column > 0) {
        d.line = pos.line;
        d.column = source.code_point_column(pos.line, pos.column);
    }
    ctx.diagnostics->push_back(std::move(d));
}

}  // namespace verstka::detail
