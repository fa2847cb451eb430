// Diagnostics from markdown fields: the field's JSON Pointer plus line:column in its text.
#ifndef VERSTKA_MARKDOWN_REPORT_HPP
#define VERSTKA_MARKDOWN_REPORT_HPP

#include <string>
#include <string_view>

#include "markdown/markdown.hpp"
#include "markdown/source_text.hpp"

namespace verstka::detail {

/// Adds a warning to `ctx.diagnostics` (if any) with the column counted in code points.
void report_warning(const MarkdownContext& ctx, const SourceText& source, std::string_view code,
                    std::string message, SourcePos pos);

}  // namespace verstka::detail

#endif
