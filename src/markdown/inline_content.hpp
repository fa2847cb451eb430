// The inline content of one paragraph-level container, as text runs for the typography
// engine plus the markup around them, so that typography sees the paragraph as one text.
#ifndef VERSTKA_MARKDOWN_INLINE_CONTENT_HPP
#define VERSTKA_MARKDOWN_INLINE_CONTENT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/destination.hpp"
#include "markdown/markdown.hpp"
#include "markdown/report.hpp"
#include "markdown/source_text.hpp"
#include "typography/typographer.hpp"

struct cmark_node;

namespace verstka::detail {

/// Collect (`add_*`), then `typeset()` once, then `write()` or `plain_text()`.
///
/// How nodes become runs: text → a run; code span, autolink text and escaped raw HTML →
/// `verbatim` runs; soft break → a " " run (the engine may make it a NBSP); hard break → a
/// "\n" run, which the engine reads as a space and which is written as `<br>` whatever the
/// engine made of it; image → a verbatim U+FFFC run, so the engine sees one opaque word where
/// the image stands (its `alt` and link titles are typeset on their own).
class InlineContent {
public:
    InlineContent(const MarkdownContext& ctx, const SourceText& source);

    /// Adds the inline children of a paragraph or heading.
    void add_inlines(cmark_node* block);
    /// Adds source characters kept as text (block markers in an inline field).
    void add_literal(std::string_view text, bool verbatim, SourcePos pos);
    /// Adds a code block's content as a code span (a fenced block in an inline field).
    void add_code(std::string_view code, SourcePos pos);
    /// Adds a word space, unless nothing has been added yet.
    void add_space();

    bool empty() const noexcept { return actions_.empty(); }
    /// The text runs in document order (typeset once `typeset()` ran).
    const std::vector<TextRun>& runs() const noexcept { return runs_; }

    /// Runs the typography engine over all runs at once (nothing without a typographer), then
    /// hyphenates the text runs when the context asks for it.
    void typeset();
    void write(HtmlWriter& out) const;
    /// The visible text: runs, image alts, hard breaks as spaces; no markup.
    std::string plain_text() const;

private:
    enum class Op {
        text,
        code,
        soft_break,
        hard_break,
        open_em,
        open_strong,
        close,
        open_link,
        close_link,
        image
    };
    struct Action {
        Op op;
        std::size_t index = 0;  ///< a run, link or image, by op
    };
    struct Link {
        Destination target;
        std::string title;
    };
    struct Image {
        Destination source;
        std::string alt;
        std::string title;
    };

    void apply_typography();
    /// Soft hyphens in the runs that are not verbatim (code spans and autolinks stay whole); a
    /// word that goes on into the run beside it (`**Все**российской`) is left whole.
    void hyphenate_runs();
    std::size_t add_run(std::string text, bool verbatim, SourcePos pos);
    SourcePos locate(cmark_node* node, int block_line, int breaks_seen) const;
    std::string alt_text(cmark_node* image) const;
    void map_engine_position(const std::vector<TextRun>& original, std::string_view joined,
                             Diagnostic& d) const;

    const MarkdownContext& ctx_;
    const SourceText& source_;
    std::vector<TextRun> runs_;
    std::vector<SourcePos> run_pos_;
    std::vector<Action> actions_;
    std::vector<Link> links_;
    std::vector<Image> images_;
};

}  // namespace verstka::detail

#endif
