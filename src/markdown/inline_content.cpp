#include "markdown/inline_content.hpp"

#include <cmark.h>

#include "hyphenation/text_run.hpp"

namespace verstka::detail {

namespace {

constexpr std::string_view kObjectReplacement = "\xEF\xBF\xBC";  // U+FFFC, an image's stand-in

std::string_view literal_of(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s != nullptr ? std::string_view(s) : std::string_view{};
}

std::string_view attribute_of(const char* s) {
    return s != nullptr ? std::string_view(s) : std::string_view{};
}

// cmark writes `<https://x>` and `<a@b.c>` as a link whose only text is the address.
bool is_autolink(cmark_node* link) {
    cmark_node* child = cmark_node_first_child(link);
    if (child == nullptr || cmark_node_next(child) != nullptr ||
        cmark_node_get_type(child) != CMARK_NODE_TEXT) {
        return false;
    }
    const std::string_view url = attribute_of(cmark_node_get_url(link));
    const std::string_view text = literal_of(child);
    return url == text ||
           (url.size() == text.size() + 7 && url.substr(0, 7) == "mailto:" && url.substr(7) == text);
}

}  // namespace

InlineContent::InlineContent(const MarkdownContext& ctx, const SourceText& source)
    : ctx_(ctx), source_(source) {}

std::size_t InlineContent::add_run(std::string text, bool verbatim, SourcePos pos) {
    runs_.push_back(TextRun{std::move(text), verbatim});
    run_pos_.push_back(pos);
    return runs_.size() - 1;
}

void InlineContent::add_literal(std::string_view text, bool verbatim, SourcePos pos) {
    if (text.empty()) return;
    actions_.push_back({Op::text, add_run(std::string(text), verbatim, pos)});
}

void InlineContent::add_code(std::string_view code, SourcePos pos) {
    actions_.push_back({Op::code, add_run(std::string(code), true, pos)});
}

void InlineContent::add_space() {
    if (actions_.empty()) return;
    actions_.push_back({Op::soft_break, add_run(" ", false, {})});
}

// cmark 0.30 gets inline columns wrong on the lines after a line break inside a paragraph,
// so there we take the line from the breaks we counted and find the node on it.
SourcePos InlineContent::locate(cmark_node* node, int block_line, int breaks_seen) const {
    SourcePos pos{cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
    if (breaks_seen == 0 && pos.line > 0) return pos;
    pos.line = block_line + breaks_seen;
    std::string_view needle;
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LINK:
            needle = is_autolink(node) ? "<" : "[";
            break;
        case CMARK_NODE_IMAGE:
            needle = "![";
            break;
        case CMARK_NODE_CODE:
            needle = "`";
            break;
        default:
            needle = literal_of(node).substr(0, 8);
            break;
    }
    const std::size_t at = needle.empty() ? std::string_view::npos : source_.line(pos.line).find(needle);
    pos.column = at == std::string_view::npos ? 1 : static_cast<int>(at) + 1;
    return pos;
}

// An image's description as plain text: what `alt` shows (cmark's rendering does the same).
std::string InlineContent::alt_text(cmark_node* image) const {
    std::string alt;
    cmark_iter* it = cmark_iter_new(image);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(it);
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                alt += literal_of(node);
                break;
            case CMARK_NODE_HTML_INLINE:
                if (ctx_.raw_html == RawHtml::escape) alt += literal_of(node);
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                alt += ' ';
                break;
            default:
                break;
        }
    }
    cmark_iter_free(it);
    return alt;
}

void InlineContent::add_inlines(cmark_node* block) {
    const int block_line = cmark_node_get_start_line(block);
    int breaks = 0;
    bool in_autolink = false;
    cmark_iter* it = cmark_iter_new(block);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(it);
        if (node == block) continue;
        const bool enter = ev == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                actions_.push_back({Op::text, add_run(std::string(literal_of(node)), in_autolink,
                                                      locate(node, block_line, breaks))});
                break;
            case CMARK_NODE_CODE:
                actions_.push_back({Op::code, add_run(std::string(literal_of(node)), true,
                                                      locate(node, block_line, breaks))});
                break;
            case CMARK_NODE_SOFTBREAK:
                ++breaks;
                actions_.push_back({Op::soft_break, add_run(" ", false, {})});
                break;
            case CMARK_NODE_LINEBREAK:
                ++breaks;
                actions_.push_back({Op::hard_break, add_run("\n", false, {})});
                break;
            case CMARK_NODE_HTML_INLINE:
                if (ctx_.raw_html == RawHtml::escape) {
                    actions_.push_back({Op::text, add_run(std::string(literal_of(node)), true,
                                                          locate(node, block_line, breaks))});
                } else {
                    report_warning(ctx_, source_, "markdown.raw-html",
                                   "Raw HTML was dropped: it is never passed through.",
                                   locate(node, block_line, breaks));
                }
                break;
            case CMARK_NODE_EMPH:
                actions_.push_back({enter ? Op::open_em : Op::close});
                break;
            case CMARK_NODE_STRONG:
                actions_.push_back({enter ? Op::open_strong : Op::close});
                break;
            case CMARK_NODE_LINK:
                if (enter) {
                    Link link{resolve_destination(attribute_of(cmark_node_get_url(node))),
                              std::string(attribute_of(cmark_node_get_title(node)))};
                    if (!link.target.allowed) {
                        report_warning(ctx_, source_, "url.rejected",
                                       "The link was left out, its text kept: " + link.target.reason + ".",
                                       locate(node, block_line, breaks));
                    }
                    in_autolink = is_autolink(node);
                    links_.push_back(std::move(link));
                    actions_.push_back({Op::open_link, links_.size() - 1});
                } else {
                    in_autolink = false;
                    // Links never nest in CommonMark, so the last one opened is this one.
                    actions_.push_back({Op::close_link, links_.size() - 1});
                }
                break;
            case CMARK_NODE_IMAGE: {
                Image image{resolve_destination(attribute_of(cmark_node_get_url(node))), alt_text(node),
                            std::string(attribute_of(cmark_node_get_title(node)))};
                if (!image.source.allowed) {
                    report_warning(
                        ctx_, source_, "url.rejected",
                        "The image was left out, its description kept as text: " + image.source.reason + ".",
                        locate(node, block_line, breaks));
                }
                images_.push_back(std::move(image));
                actions_.push_back({Op::image, images_.size() - 1});
                add_run(std::string(kObjectReplacement), true, {});
                cmark_iter_reset(it, node, CMARK_EVENT_EXIT);  // its children are the alt text
                break;
            }
            default:
                break;
        }
    }
    cmark_iter_free(it);
}

void InlineContent::typeset() {
    apply_typography();
    if (ctx_.hyphenation) hyphenate_runs();
}

void InlineContent::hyphenate_runs() {
    hyphenation::RunSettings settings;
    std::string hyphenated;
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        if (runs_[i].verbatim) continue;
        hyphenation::RunEdges edges;
        edges.glued_before = i > 0 && hyphenation::ends_with_word(runs_[i - 1].text, false) &&
                             hyphenation::starts_with_word(runs_[i].text, false);
        edges.glued_after = i + 1 < runs_.size() && hyphenation::starts_with_word(runs_[i + 1].text, false) &&
                            hyphenation::ends_with_word(runs_[i].text, false);
        hyphenated.clear();
        hyphenation::hyphenate_run(runs_[i].text, settings, edges, hyphenated);
        runs_[i].text.swap(hyphenated);
    }
}

void InlineContent::apply_typography() {
    if (ctx_.typographer == nullptr) return;
    std::vector<TextRun> original;
    if (ctx_.diagnostics != nullptr) original = runs_;
    Diagnostics found;
    ctx_.typographer->typeset(runs_, ctx_.diagnostics != nullptr ? &found : nullptr);
    for (Link& link : links_) {
        if (!link.title.empty()) link.title = ctx_.typographer->typeset(link.title);
    }
    for (Image& image : images_) {
        if (!image.alt.empty()) image.alt = ctx_.typographer->typeset(image.alt);
        if (!image.title.empty()) image.title = ctx_.typographer->typeset(image.title);
    }
    if (found.empty()) return;
    std::string joined;
    for (const TextRun& run : original) joined += run.text;
    for (Diagnostic& d : found) {
        map_engine_position(original, joined, d);
        ctx_.diagnostics->push_back(std::move(d));
    }
}

// The engine counts lines and columns (code points) in the runs joined; find the run and
// point at the same character in the field text.
void InlineContent::map_engine_position(const std::vector<TextRun>& original, std::string_view joined,
                                        Diagnostic& d) const {
    d.path = ctx_.pointer;
    std::size_t offset = std::string_view::npos;
    int line = 1, column = 1;
    for (std::size_t i = 0; i < joined.size(); ++i) {
        if ((static_cast<unsigned char>(joined[i]) & 0xC0) == 0x80) continue;
        if (line == d.line && column == d.column) {
            offset = i;
            break;
        }
        if (joined[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    d.line = 0;
    d.column = 0;
    if (offset == std::string_view::npos) return;
    std::size_t run_begin = 0;
    for (std::size_t r = 0; r < original.size(); ++r) {
        const std::size_t run_end = run_begin + original[r].text.size();
        if (offset < run_end) {
            const SourcePos pos = run_pos_[r];
            if (pos.line <= 0) return;
            int extra = 0;
            for (std::size_t i = run_begin; i < offset; ++i) {
                if ((static_cast<unsigned char>(joined[i]) & 0xC0) != 0x80) ++extra;
            }
            d.line = pos.line;
            d.column = source_.code_point_column(pos.line, pos.column) + extra;
            return;
        }
        run_begin = run_end;
    }
}

void InlineContent::write(HtmlWriter& out) const {
    for (const Action& a : actions_) {
        switch (a.op) {
            case Op::text:
            case Op::soft_break:
                out.text(runs_[a.index].text);
                break;
            case Op::code:
                out.open("code").end_open().text(runs_[a.index].text).close();
                break;
            case Op::hard_break:
                out.open("br").end_void().newline();
                break;
            case Op::open_em:
                out.open("em").end_open();
                break;
            case Op::open_strong:
                out.open("strong").end_open();
                break;
            case Op::close:
                out.close();
                break;
            case Op::open_link: {
                const Link& link = links_[a.index];
                if (!link.target.allowed) break;
                out.open("a").attr("class", "vk-link");
                out.url("href", link.target.href);
                if (!link.title.empty()) out.attr("title", link.title);
                if (link.target.external) {
                    out.attr("rel", ctx_.nofollow_links ? "noopener noreferrer nofollow ugc"
                                                        : "noopener noreferrer");
                    if (ctx_.links_new_tab) out.attr("target", "_blank");
                }
                out.end_open();
                break;
            }
            case Op::close_link:
                if (links_[a.index].target.allowed) out.close();
                break;
            case Op::image: {
                const Image& image = images_[a.index];
                if (image.source.allowed) {
                    out.open("img");
                    out.url("src", image.source.href);
                    out.attr("alt", image.alt);
                    if (!image.title.empty()) out.attr("title", image.title);
                    out.attr("loading", "lazy").attr("decoding", "async").end_void();
                } else if (!image.alt.empty()) {
                    out.open("span").attr("class", "vk-image-alt").end_open().text(image.alt).close();
                }
                break;
            }
        }
    }
}

std::string InlineContent::plain_text() const {
    std::string text;
    for (const Action& a : actions_) {
        switch (a.op) {
            case Op::text:
            case Op::soft_break:
            case Op::code:
                text += runs_[a.index].text;
                break;
            case Op::hard_break:
                text += ' ';
                break;
            case Op::image:
                text += images_[a.index].alt;
                break;
            default:
                break;
        }
    }
    return text;
}

}  // namespace verstka::detail
