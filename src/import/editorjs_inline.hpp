// The inline HTML of Editor.js text fields → our inline CommonMark (or plain text).
//
// Editor.js saves formatted text as an HTML fragment and sanitises nothing, so the fragment
// is hostile. Only this subset means something: <b> <strong> → **, <i> <em> → *, <a href> →
// a link (the address through the URL policy), <code> → a code span, <br> → a hard break,
// <mark> <u> <s> <span> … keep their text; entities are decoded. Any other tag, attribute or
// malformed markup is text, escaped like all text. Runs of white space and NBSP become one
// space (typography decides again where a no-break space belongs).
#ifndef VERSTKA_IMPORT_EDITORJS_INLINE_HPP
#define VERSTKA_IMPORT_EDITORJS_INLINE_HPP

#include <string>
#include <string_view>
#include <vector>

namespace verstka::detail {

class ImportReport;

struct InlineConversion {
    std::string text;  ///< inline CommonMark, or plain text
    /// Addresses of links the URL policy rejected: their text was kept without the link.
    std::vector<std::string> rejected_urls;
    std::vector<std::string> rejection_reasons;
};

/// The fragment as inline CommonMark for an inline field (paragraph, caption, cell …).
InlineConversion editorjs_inline_markdown(std::string_view html);

/// editorjs_inline_markdown(), with a `url.rejected` warning at `path` for each link whose
/// address was left out.
std::string editorjs_inline_field(std::string_view html, const std::string& path, ImportReport& report);

/// The fragment's visible text (tags removed, entities decoded, spaces collapsed) for a plain
/// field (title, author, callout title).
std::string editorjs_plain_text(std::string_view html);

}  // namespace verstka::detail

#endif
