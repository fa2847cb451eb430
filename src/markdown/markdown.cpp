#include "markdown/markdown.hpp"

#include <cmark.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "common/utf8.hpp"
#include "markdown/cmark_arena.hpp"
#include "markdown/destination.hpp"
#include "markdown/inline_content.hpp"
#include "markdown/report.hpp"
#include "markdown/source_text.hpp"

namespace verstka::detail {

namespace {

// No CMARK_OPT_SMART (our typography engine owns punctuation); no CMARK_OPT_UNSAFE (we
// never use cmark's renderer). UTF-8 was made valid by SourceText.
constexpr int kCmarkOptions = CMARK_OPT_SOURCEPOS;

constexpr std::string_view kHeadingTags[] = {"h1", "h2", "h3", "h4", "h5", "h6"};

// A parsed field. Its tree lives in its own arena: cmark makes one node per delimiter and
// period, and the arena drops them all at once instead of one free each.
class Document {
public:
    explicit Document(const SourceText& source) : root_(parse(source)) {}
    /// Parses again; the old tree's memory stays in the arena until the document ends.
    void reparse(const SourceText& source) { root_ = parse(source); }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    cmark_node* root() const noexcept { return root_; }

private:
    cmark_node* parse(const SourceText& source) {
        cmark_parser* parser = cmark_parser_new_with_mem(kCmarkOptions, CmarkArena::memory());
        cmark_parser_feed(parser, source.text().data(), source.text().size());
        cmark_node* root = cmark_parser_finish(parser);
        cmark_parser_free(parser);
        return root;
    }

    CmarkArena arena_;  // first member: alive before the tree and after it
    cmark_node* root_;
};

// Walks a tree with cmark's iterator (no recursion, so nesting depth costs no stack).
class Walk {
public:
    explicit Walk(cmark_node* root) : it_(cmark_iter_new(root)) {}
    ~Walk() { cmark_iter_free(it_); }
    Walk(const Walk&) = delete;
    Walk& operator=(const Walk&) = delete;
    bool next() {
        event_ = cmark_iter_next(it_);
        return event_ != CMARK_EVENT_DONE;
    }
    cmark_node* node() const { return cmark_iter_get_node(it_); }
    bool entering() const noexcept { return event_ == CMARK_EVENT_ENTER; }
    /// Skips the children of the current node.
    void skip_children() { cmark_iter_reset(it_, node(), CMARK_EVENT_EXIT); }

private:
    cmark_iter* it_;
    cmark_event_type event_ = CMARK_EVENT_NONE;
};

SourcePos start_of(cmark_node* node) {
    return {cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
}

std::string_view literal_of(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s != nullptr ? std::string_view(s) : std::string_view{};
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

std::string_view without_final_newline(std::string_view s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// --- block fields -------------------------------------------------------------------------

// Writes block markup with the line breaks cmark's own renderer puts between blocks, so the
// output reads like cmark's (and diffs against the CommonMark spec stay small).
class BlockRenderer {
public:
    BlockRenderer(HtmlWriter& out, const MarkdownContext& ctx, const SourceText& source)
        : out_(out), ctx_(ctx), source_(source) {}

    void render(cmark_node* root) {
        Walk walk(root);
        while (walk.next()) {
            cmark_node* node = walk.node();
            const bool enter = walk.entering();
            switch (cmark_node_get_type(node)) {
                case CMARK_NODE_BLOCK_QUOTE:
                    cr();
                    if (enter) {
                        out_.open("blockquote").end_open();
                    } else {
                        out_.close();
                    }
                    newline();
                    break;
                case CMARK_NODE_LIST:
                    if (enter) {
                        cr();
                        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
                            out_.open("ol");
                            const int start = cmark_node_get_list_start(node);
                            if (start != 1) out_.attr("start", std::to_string(start));
                            out_.end_open();
                        } else {
                            out_.open("ul").end_open();
                        }
                    } else {
                        out_.close();
                    }
                    newline();
                    break;
                case CMARK_NODE_ITEM:
                    if (enter) {
                        cr();
                        out_.open("li").end_open();
                        line_start_ = false;
                    } else {
                        out_.close();
                        newline();
                    }
                    break;
                case CMARK_NODE_PARAGRAPH:
                    paragraph(node);
                    walk.skip_children();
                    break;
                case CMARK_NODE_HEADING:
                    heading(node);
                    walk.skip_children();
                    break;
                case CMARK_NODE_CODE_BLOCK:
                    code_block(node);
                    break;
                case CMARK_NODE_HTML_BLOCK:
                    html_block(node);
                    break;
                case CMARK_NODE_THEMATIC_BREAK:
                    cr();
                    out_.open("hr").end_void();
                    newline();
                    break;
                default:
                    break;
            }
        }
    }

private:
    void cr() {
        if (!line_start_) newline();
    }
    void newline() {
        out_.newline();
        line_start_ = true;
    }

    // cmark's rule: a paragraph directly in an item of a tight list has no <p>.
    static bool in_tight_list(cmark_node* paragraph) {
        cmark_node* parent = cmark_node_parent(paragraph);
        cmark_node* grandparent = parent != nullptr ? cmark_node_parent(parent) : nullptr;
        return grandparent != nullptr && cmark_node_get_type(grandparent) == CMARK_NODE_LIST &&
               cmark_node_get_list_tight(grandparent) != 0;
    }

    void inlines(cmark_node* block) {
        InlineContent content(ctx_, source_);
        content.add_inlines(block);
        content.typeset();
        content.write(out_);
        line_start_ = false;
    }

    void paragraph(cmark_node* node) {
        if (in_tight_list(node)) {
            inlines(node);
            return;
        }
        cr();
        out_.open("p").end_open();
        inlines(node);
        out_.close();
        newline();
    }

    void heading(cmark_node* node) {
        // `#` nests under the card title: it becomes h{heading_base}; levels stop at h6.
        const int level =
            std::clamp(cmark_node_get_heading_level(node) + std::max(ctx_.heading_base, 1) - 1, 1, 6);
        cr();
        out_.open(kHeadingTags[level - 1]).end_open();
        inlines(node);
        out_.close();
        newline();
    }

    void code_block(cmark_node* node) {
        cr();
        out_.open("pre").end_open();
        out_.open("code");
        const char* info = cmark_node_get_fence_info(node);
        const std::string language = code_language(info != nullptr ? info : "");
        if (!language.empty()) out_.attr("class", "language-" + language);
        out_.end_open();
        out_.text(literal_of(node));
        out_.close().close();
        newline();
    }

    void html_block(cmark_node* node) {
        if (ctx_.raw_html == RawHtml::drop) {
            report_warning(ctx_, source_, "markdown.raw-html",
                           "Raw HTML was dropped: it is never passed through.", start_of(node));
            return;
        }
        cr();
        out_.open("p").end_open();
        out_.text(without_final_newline(literal_of(node)));
        out_.close();
        newline();
    }

    HtmlWriter& out_;
    const MarkdownContext& ctx_;
    const SourceText& source_;
    bool line_start_ = true;
};

// --- inline fields ------------------------------------------------------------------------

// An inline field is one paragraph. Block constructs in it are reported and flattened back
// into that paragraph: each block's source marker (`1.`, `-`, `>`, `##`, `---`) stays as
// literal text before its content, blocks are joined with a space, a fenced code block
// becomes a code span, an indented one plain text. Nothing the editor typed is lost.
// The closing sequence of the ATX heading `line` that opens with `hashes` `#`s (`## Раздел ##`):
// the `#`s at its end after a space or a tab, as CommonMark reads them. Read from the line
// itself: the end column cmark gives the last inline may fall inside a character (an autolink
// of `U+FFFD`).
std::string_view atx_closing(std::string_view line, std::size_t hashes) {
    std::size_t end = line.size();
    while (end > hashes && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
    std::size_t start = end;
    while (start > hashes && line[start - 1] == '#') --start;
    if (start == end || (line[start - 1] != ' ' && line[start - 1] != '\t')) return {};
    return line.substr(start, end - start);
}

// A setext heading's underline, trimmed: `=`s or `-`s alone.
bool setext_underline(std::string_view line) {
    return !line.empty() && (line[0] == '=' || line[0] == '-') &&
           line.find_first_not_of(line[0]) == std::string_view::npos;
}

class InlineFlattener {
public:
    InlineFlattener(InlineContent& content, const MarkdownContext& ctx, const SourceText& source)
        : content_(content), ctx_(ctx), source_(source) {}

    void flatten(cmark_node* root) {
        cmark_node* first = cmark_node_first_child(root);
        if (first != nullptr && cmark_node_next(first) == nullptr &&
            cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
            content_.add_inlines(first);
            return;
        }
        int top_index = -1;
        Walk walk(root);
        while (walk.next()) {
            cmark_node* node = walk.node();
            if (!walk.entering() || node == root) continue;
            const cmark_node_type type = cmark_node_get_type(node);
            if (cmark_node_parent(node) == root) {
                ++top_index;
                if (type != CMARK_NODE_HTML_BLOCK && (type != CMARK_NODE_PARAGRAPH || top_index > 0)) {
                    report_block(node, type);
                }
            }
            switch (type) {
                case CMARK_NODE_LIST:
                case CMARK_NODE_ITEM:
                case CMARK_NODE_BLOCK_QUOTE:
                    if (cmark_node_first_child(node) == nullptr) empty_container(node);
                    break;
                case CMARK_NODE_PARAGRAPH:
                    markers(node);
                    content_.add_inlines(node);
                    walk.skip_children();
                    break;
                case CMARK_NODE_HEADING:
                    markers(node);
                    heading(node);
                    walk.skip_children();
                    break;
                case CMARK_NODE_CODE_BLOCK:
                    markers(node);
                    code_block(node);
                    break;
                case CMARK_NODE_THEMATIC_BREAK: {
                    markers(node);
                    const SourcePos pos = start_of(node);
                    content_.add_literal(trim(source_.slice(pos.line, pos.column, kLineEnd)), true, pos);
                    break;
                }
                case CMARK_NODE_HTML_BLOCK:
                    if (ctx_.raw_html == RawHtml::drop) {
                        report_warning(ctx_, source_, "markdown.raw-html",
                                       "Raw HTML was dropped: it is never passed through.", start_of(node));
                        break;
                    }
                    markers(node);
                    content_.add_literal(trim(literal_of(node)), true, start_of(node));
                    break;
                default:
                    break;
            }
        }
    }

private:
    static constexpr int kLineEnd = 1 << 30;

    void report_block(cmark_node* node, cmark_node_type type) {
        const char* what = "a block construct";
        switch (type) {
            case CMARK_NODE_PARAGRAPH:
                what = "a second paragraph";
                break;
            case CMARK_NODE_HEADING:
                what = "a heading";
                break;
            case CMARK_NODE_LIST:
                what = "a list";
                break;
            case CMARK_NODE_BLOCK_QUOTE:
                what = "a block quote";
                break;
            case CMARK_NODE_CODE_BLOCK:
                what = "a code block";
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                what = "a thematic break";
                break;
            default:
                break;
        }
        report_warning(
            ctx_, source_, "markdown.block-in-inline",
            std::string("This field takes one paragraph of text; ") + what + " was kept as plain text.",
            start_of(node));
    }

    // Container markers on the line where `leaf` starts (`1.`, `- >`), once per line.
    void markers(cmark_node* leaf) {
        content_.add_space();
        const SourcePos pos = start_of(leaf);
        if (pos.line == marked_line_) return;
        marked_line_ = pos.line;
        const std::string_view prefix = trim(source_.slice(pos.line, 1, pos.column));
        if (prefix.empty()) return;
        content_.add_literal(prefix, false, {pos.line, 1});
        content_.add_space();
    }

    void empty_container(cmark_node* node) {
        const SourcePos pos = start_of(node);
        if (pos.line == marked_line_) return;
        marked_line_ = pos.line;
        content_.add_space();
        content_.add_literal(trim(source_.line(pos.line)), false, {pos.line, 1});
    }

    void heading(cmark_node* node) {
        const SourcePos pos = start_of(node);
        const std::string_view line = source_.slice(pos.line, pos.column, kLineEnd);
        std::size_t hashes = 0;
        while (hashes < line.size() && hashes < 7 && line[hashes] == '#') ++hashes;
        const bool atx = hashes >= 1 && hashes <= 6 &&
                         (hashes == line.size() || line[hashes] == ' ' || line[hashes] == '\t');
        if (atx) {
            content_.add_literal(line.substr(0, hashes), true, pos);
            if (cmark_node_first_child(node) != nullptr) {
                content_.add_space();
                content_.add_inlines(node);
            }
            const std::string_view closing = atx_closing(line, hashes);
            if (!closing.empty()) {
                content_.add_space();
                content_.add_literal(closing, true, pos);
            }
            return;
        }
        // Setext: the underline is the first line after the heading's first one made of `=`
        // or `-` alone (cmark 0.30's end position of a setext heading is unreliable, and a code
        // span may run over the content's lines, so neither it nor the line breaks tell).
        content_.add_inlines(node);
        for (int underline = pos.line + 1; underline <= static_cast<int>(source_.line_count()); ++underline) {
            // The whole line, or in a container from the heading's column on (past its `>`).
            std::string_view marker = trim(source_.line(underline));
            if (!setext_underline(marker)) marker = trim(source_.slice(underline, pos.column, kLineEnd));
            if (!setext_underline(marker)) continue;
            content_.add_space();
            content_.add_literal(marker, true, {underline, pos.column});
            break;
        }
    }

    void code_block(cmark_node* node) {
        const std::string_view code = without_final_newline(literal_of(node));
        if (is_fenced(node)) {
            content_.add_code(code, start_of(node));
            return;
        }
        // Indented "code" in a text field is almost always stray indentation: plain text.
        std::string text(code);
        std::replace(text.begin(), text.end(), '\n', ' ');
        content_.add_literal(text, false, start_of(node));
    }

    // cmark 0.30 has no getter for this; a fenced block starts at its fence.
    bool is_fenced(cmark_node* node) const {
        const SourcePos pos = start_of(node);
        const std::string_view line = source_.slice(pos.line, pos.column, kLineEnd);
        return line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~";
    }

    InlineContent& content_;
    const MarkdownContext& ctx_;
    const SourceText& source_;
    int marked_line_ = 0;
};

// Lower case for Latin and Russian letters: enough to match labels the way editors vary them.
std::string fold_case(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = utf8::decode(s, i);
        if ((cp >= U'A' && cp <= U'Z') || (cp >= U'\u0410' && cp <= U'\u042F')) {
            cp += 0x20;
        } else if (cp == U'\u0401') {
            cp = U'\u0451';
        }
        utf8::append(out, cp);
    }
    return out;
}

// True when `[label]` occurs in `text` anywhere but at byte `own` (case folded): a link uses
// the definition.
bool is_referenced(std::string_view text, std::string_view label, std::size_t own) {
    const std::string needle = "[" + fold_case(label) + "]";
    const std::string before = fold_case(text.substr(0, own));
    const std::string after = fold_case(text.substr(std::min(text.size(), own + 1)));
    return before.find(needle) != std::string::npos || after.find(needle) != std::string::npos;
}

// Link reference definitions leave no node: in an inline field an unused one (`[1]: примечание`)
// would make its text vanish. Finds the `[` of each such line outside code and HTML blocks.
std::vector<SourcePos> unused_definitions(cmark_node* root, const SourceText& source) {
    std::vector<std::pair<int, int>> verbatim;
    Walk walk(root);
    while (walk.next()) {
        const cmark_node_type type = cmark_node_get_type(walk.node());
        if (walk.entering() && (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)) {
            const SourcePos start = start_of(walk.node());
            verbatim.emplace_back(start.line, std::max(start.line, cmark_node_get_end_line(walk.node())));
        }
    }
    std::vector<SourcePos> found;
    for (int l = 1; l <= static_cast<int>(source.line_count()); ++l) {
        const bool in_verbatim = std::any_of(verbatim.begin(), verbatim.end(),
                                             [l](const auto& r) { return l >= r.first && l <= r.second; });
        if (in_verbatim) continue;
        const std::string_view line = source.line(l);
        std::size_t open = 0;
        while (open < 3 && open < line.size() && line[open] == ' ') ++open;
        if (open >= line.size() || line[open] != '[') continue;
        std::size_t close = open + 1;
        while (close < line.size() && line[close] != ']' && line[close] != '[') {
            close += line[close] == '\\' ? 2 : 1;
        }
        if (close + 1 >= line.size() || line[close] != ']' || line[close + 1] != ':') continue;
        const std::string_view label = line.substr(open + 1, close - open - 1);
        if (trim(label).empty()) continue;
        const auto own = static_cast<std::size_t>(line.data() - source.text().data()) + open;
        if (is_referenced(source.text(), label, own)) continue;
        found.push_back({l, static_cast<int>(open) + 1});
    }
    return found;
}

// Parses an inline field, flattens it into `content`'s runs and typesets them; unused link
// reference definitions are kept as text by escaping their `[` and parsing again.
template <typename Finish>
auto with_inline_field(std::string_view text, const MarkdownContext& ctx, Finish finish) {
    const SourceText source(text);
    Document doc(source);
    const std::vector<SourcePos> definitions = unused_definitions(doc.root(), source);
    std::optional<SourceText> escaped;
    if (!definitions.empty()) {
        for (const SourcePos& d : definitions) {
            report_warning(ctx, source, "markdown.block-in-inline",
                           "This field takes one paragraph of text; a link reference definition "
                           "that nothing refers to was kept as text.",
                           d);
        }
        escaped.emplace(source, definitions);
        doc.reparse(*escaped);
    }
    const SourceText& parsed = escaped ? *escaped : source;
    InlineContent content(ctx, parsed);
    InlineFlattener(content, ctx, parsed).flatten(doc.root());
    content.typeset();
    return finish(content);
}

}  // namespace

void render_inline_markdown(std::string_view text, HtmlWriter& out, const MarkdownContext& ctx) {
    with_inline_field(text, ctx, [&](const InlineContent& content) {
        content.write(out);
        return 0;
    });
}

void render_block_markdown(std::string_view text, HtmlWriter& out, const MarkdownContext& ctx) {
    const SourceText source(text);
    const Document doc(source);
    BlockRenderer(out, ctx, source).render(doc.root());
}

std::string markdown_to_plain_text(std::string_view text, const Typographer* typographer) {
    return markdown_to_plain_text(text, typographer, RawHtml::escape);
}

std::string markdown_to_plain_text(std::string_view text, const Typographer* typographer, RawHtml raw_html) {
    MarkdownContext ctx;
    ctx.typographer = typographer;
    ctx.raw_html = raw_html;
    return with_inline_field(text, ctx, [](const InlineContent& content) { return content.plain_text(); });
}

}  // namespace verstka::detail
