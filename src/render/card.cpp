#include "render/card.hpp"

#include <algorithm>
#include <string_view>

#include "article/russian_date.hpp"
#include "common/json_pointer.hpp"
#include "html/html_writer.hpp"
#include "html/url_policy.hpp"
#include "hyphenation/text_run.hpp"
#include "markdown/destination.hpp"
#include "markdown/markdown.hpp"
#include "render/json_ld.hpp"
#include "typography/typographer.hpp"

namespace verstka::detail {

namespace {

const char* provider_title(std::string_view provider) {
    if (provider == "youtube") return "YouTube";
    if (provider == "rutube") return "Rutube";
    if (provider == "vk") return "VK Видео";
    if (provider == "telegram") return "Telegram";
    return "Ссылка";
}

// The address shown in an embed card: without the scheme and a trailing slash.
std::string_view display_url(std::string_view url) {
    for (std::string_view scheme : {"https://", "http://"}) {
        if (url.substr(0, scheme.size()) == scheme) url.remove_prefix(scheme.size());
    }
    if (url.substr(0, 4) == "www.") url.remove_prefix(4);
    if (!url.empty() && url.back() == '/') url.remove_suffix(1);
    return url;
}

class CardRenderer {
public:
    CardRenderer(const Article& article, const RenderOptions& options, Diagnostics& diagnostics)
        : article_(article),
          options_(options),
          diagnostics_(diagnostics),
          typographer_(options.typograph),
          out_(options.typograph.chars) {}

    std::string render() {
        out_.reserve(expected_size());
        std::string cls = "vk-card vk-card--";
        cls += layout_name();
        if (options_.hyphenation) cls += " vk-card--hyphenated";  // the stylesheet: hyphens: manual
        out_.open("article").attr("class", cls).attr("lang", article_.lang.empty() ? "ru" : article_.lang);
        if (!article_.id.empty()) out_.attr("data-article-id", article_.id);
        out_.end_open().newline();
        switch (options_.layout) {
            case Layout::full:
                render_full();
                break;
            case Layout::teaser:
                render_teaser();
                break;
            case Layout::compact:
                render_compact();
                break;
        }
        if (options_.json_ld) {
            out_.json_ld(news_article_json_ld(article_, typographer()));
            out_.newline();
        }
        out_.close().newline();
        return out_.finish();
    }

private:
    const char* layout_name() const {
        switch (options_.layout) {
            case Layout::teaser:
                return "teaser";
            case Layout::compact:
                return "compact";
            case Layout::full:
                break;
        }
        return "full";
    }

    const Typographer* typographer() const { return options_.typography ? &typographer_ : nullptr; }

    // --- text -------------------------------------------------------------------------

    // Plain-text fields (title, names, labels): typeset, then escaped by the writer.
    void plain(std::string_view text, const std::string& pointer) {
        if (!options_.typography) {
            text_out(text);
            return;
        }
        Diagnostics notes;
        text_out(typographer_.typeset(text, &notes));
        add_notes(notes, pointer);
    }

    // Writes a plain field's text, with soft hyphens when the options ask for them (the writer
    // turns them into `&shy;` when the character output is entities).
    void text_out(std::string_view text) {
        if (!options_.hyphenation) {
            out_.text(text);
            return;
        }
        std::string hyphenated;
        hyphenation::hyphenate_run(text, hyphenation::RunSettings{}, {}, hyphenated);
        out_.text(hyphenated);
    }

    void plain_element(std::string_view tag, std::string_view cls, std::string_view text,
                       const std::string& pointer) {
        out_.open_with_class(tag, cls);
        plain(text, pointer);
        out_.close();
    }

    // Inline CommonMark fields (lead, paragraphs, captions …).
    void inline_text(std::string_view text, const std::string& pointer) {
        render_inline_markdown(text, out_, markdown_context(pointer));
    }

    MarkdownContext markdown_context(const std::string& pointer) {
        MarkdownContext ctx;
        ctx.typographer = typographer();
        ctx.raw_html = options_.raw_html;
        ctx.heading_base = options_.markdown_heading_base;
        ctx.nofollow_links = options_.nofollow_links;
        ctx.links_new_tab = options_.links_new_tab;
        ctx.hyphenation = options_.hyphenation;
        ctx.pointer = pointer;
        ctx.diagnostics = &diagnostics_;
        return ctx;
    }

    void add_notes(Diagnostics& notes, const std::string& pointer) {
        for (Diagnostic& d : notes) {
            if (d.path.empty()) d.path = pointer;
            diagnostics_.push_back(std::move(d));
        }
    }

    // --- links ------------------------------------------------------------------------

    // Writes a URL attribute through the policy; a rejected address becomes a warning and
    // the element is written without it, so its text is never lost.
    bool url_attr(std::string_view name, std::string_view url, const std::string& pointer) {
        if (out_.url(name, url)) return true;
        url_attr_rejected(url, pointer);
        return false;
    }

    // <a class=… href=…> with rel/target for external addresses; <span class=…> when the
    // address is missing or rejected. The caller writes the content and close()s.
    void open_link(std::string_view cls, std::string_view url, const std::string& pointer) {
        const UrlVerdict verdict = url.empty() ? UrlVerdict() : check_url(url);
        if (!verdict.allowed) {
            if (!url.empty()) url_attr_rejected(url, pointer);
            out_.open_with_class("span", cls);
            return;
        }
        out_.open("a").attr("class", cls);
        url_attr("href", url, pointer);
        if (is_external_url(verdict.url)) out_.attr("rel", "noopener noreferrer");
        out_.end_open();
    }

    void url_attr_rejected(std::string_view url, const std::string& pointer) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = "url.rejected";
        d.message = "The address was left out: " + check_url(url).reason + ".";
        d.path = pointer;
        diagnostics_.push_back(std::move(d));
    }

    const std::string& card_url(std::string& pointer) const {
        if (!article_.url.empty() || !article_.link_full) {
            pointer = "/url";
            return article_.url;
        }
        pointer = "/links/full/url";
        return article_.link_full->url;
    }

    // --- pieces -----------------------------------------------------------------------

    void time_element(std::string_view cls, const DateTime& date) {
        out_.open("time").attr("class", cls).attr("datetime", date.iso).end_open();
        out_.text(format_date_ru(date, true));
        out_.close();
    }

    void meta(bool with_rubric) {
        const bool any = (with_rubric && !article_.rubric.empty()) || !article_.dateline.empty() ||
                         article_.published || article_.updated || !article_.age_rating.empty();
        if (!any) return;
        out_.open_with_class("p", "vk-card__meta");
        bool first = true;
        auto separate = [&] {
            if (!first) out_.text(" ");
            first = false;
        };
        if (with_rubric && !article_.rubric.empty()) {
            separate();
            plain_element("span", "vk-card__rubric", article_.rubric, "/rubric");
        }
        if (!article_.dateline.empty()) {
            separate();
            plain_element("span", "vk-card__dateline", article_.dateline, "/dateline");
        }
        if (article_.published) {
            separate();
            time_element("vk-card__date", *article_.published);
        }
        if (article_.updated) {
            separate();
            out_.open_with_class("span", "vk-card__updated").text("обновлено ");
            time_element("vk-card__date vk-card__date--updated", *article_.updated);
            out_.close();
        }
        if (!article_.age_rating.empty()) {
            separate();
            out_.open("span")
                .attr("class", "vk-card__age")
                .attr("aria-label", "Возрастное ограничение " + article_.age_rating)
                .end_open()
                .text(article_.age_rating)
                .close();
        }
        out_.close().newline();
    }

    void title(bool linked) {
        if (!linked) {
            plain_element("h1", "vk-card__title", article_.title, "/title");
            out_.newline();
            return;
        }
        std::string pointer;
        const std::string& url = card_url(pointer);
        out_.open_with_class("h2", "vk-card__title");
        open_link("vk-card__title-link", url, pointer);
        plain(article_.title, "/title");
        out_.close().close().newline();
    }

    void lead() {
        if (article_.lead.empty()) return;
        out_.open_with_class("p", "vk-card__lead");
        inline_text(article_.lead, "/lead");
        out_.close().newline();
    }

    void authors() {
        if (article_.authors.empty()) return;
        out_.open_with_class("p", "vk-card__authors");
        out_.text(article_.authors.size() == 1 ? "Автор: " : "Авторы: ");
        for (std::size_t i = 0; i < article_.authors.size(); ++i) {
            if (i > 0) out_.text(", ");
            const Person& author = article_.authors[i];
            const std::string pointer = pointer_to_index("/authors", i);
            open_link("vk-card__author", author.url, pointer_to_member(pointer, "url"));
            plain(author.name, pointer_to_member(pointer, "name"));
            out_.close();
        }
        out_.close().newline();
    }

    void image(const Image& img, const std::string& pointer, std::string_view figure_class) {
        out_.open_with_class("figure", figure_class);
        if (check_url(img.src).allowed) {
            out_.open("img").attr("class", "vk-figure__img");
            url_attr("src", img.src, pointer_to_member(pointer, "src"));
            out_.attr("alt", options_.typography ? typographer_.typeset(img.alt) : img.alt);
            if (img.width > 0 && img.height > 0) {
                out_.attr("width", std::to_string(img.width)).attr("height", std::to_string(img.height));
            }
            out_.attr("loading", "lazy").attr("decoding", "async").end_void();
        } else {
            url_attr_rejected(img.src, pointer_to_member(pointer, "src"));
            // The picture is gone; its description must not be.
            if (!img.alt.empty())
                plain_element("span", "vk-figure__alt", img.alt, pointer_to_member(pointer, "alt"));
        }
        if (!img.caption.empty() || !img.credit.empty()) {
            out_.open_with_class("figcaption", "vk-figure__caption");
            if (!img.caption.empty()) {
                out_.open_with_class("span", "vk-figure__text");
                inline_text(img.caption, pointer_to_member(pointer, "caption"));
                out_.close();
            }
            if (!img.caption.empty() && !img.credit.empty()) out_.text(" ");
            if (!img.credit.empty()) {
                out_.open_with_class("span", "vk-figure__credit");
                plain(img.credit_prefix.empty() ? "Фото" : img.credit_prefix,
                      pointer_to_member(pointer, "creditPrefix"));
                out_.text(": ");
                plain(img.credit, pointer_to_member(pointer, "credit"));
                out_.close();
            }
            out_.close();
        }
        out_.close().newline();
    }

    void thumbnail() {
        if (!article_.cover || !check_url(article_.cover->src).allowed) return;
        std::string pointer;
        const std::string& url = card_url(pointer);
        open_link("vk-card__thumb", url, pointer);
        out_.open("img").attr("class", "vk-card__thumb-img");
        url_attr("src", article_.cover->src, "/cover/src");
        out_.attr("alt",
                  options_.typography ? typographer_.typeset(article_.cover->alt) : article_.cover->alt);
        if (article_.cover->width > 0 && article_.cover->height > 0) {
            out_.attr("width", std::to_string(article_.cover->width))
                .attr("height", std::to_string(article_.cover->height));
        }
        out_.attr("loading", "lazy").attr("decoding", "async").end_void();
        out_.close().newline();
    }

    // --- body blocks --------------------------------------------------------------------

    void block(const Block& b, const std::string& pointer) {
        const std::string text_pointer = pointer_to_member(pointer, "text");
        switch (b.type) {
            case BlockType::paragraph:
                out_.open_with_class("p", "vk-p");
                inline_text(b.text, text_pointer);
                out_.close();
                break;
            case BlockType::heading: {
                static constexpr std::string_view tags[] = {"h2", "h3", "h4"};
                const int level = b.level < 2 ? 2 : (b.level > 4 ? 4 : b.level);
                std::string cls = "vk-h vk-h--" + std::to_string(level);
                out_.open(tags[level - 2]).attr("class", cls).end_open();
                inline_text(b.text, text_pointer);
                out_.close();
                break;
            }
            case BlockType::quote:
                out_.open_with_class("blockquote", "vk-quote");
                out_.open_with_class("p", "vk-quote__text");
                inline_text(b.text, text_pointer);
                out_.close();
                if (!b.author.empty() || !b.role.empty()) {
                    out_.open_with_class("footer", "vk-quote__footer");
                    if (!b.author.empty())
                        plain_element("cite", "vk-quote__author", b.author,
                                      pointer_to_member(pointer, "author"));
                    if (!b.author.empty() && !b.role.empty()) out_.text(", ");
                    if (!b.role.empty())
                        plain_element("span", "vk-quote__role", b.role, pointer_to_member(pointer, "role"));
                    out_.close();
                }
                out_.close();
                break;
            case BlockType::image: {
                std::string cls = "vk-figure";
                if (b.image.border) cls += " vk-figure--border";
                if (b.image.stretched) cls += " vk-figure--stretched";
                if (b.image.background) cls += " vk-figure--background";
                image(b.image, pointer, cls);
                return;
            }
            case BlockType::list: {
                out_.open(b.ordered ? "ol" : "ul")
                    .attr("class", b.ordered ? "vk-list vk-list--ordered" : "vk-list")
                    .end_open();
                for (std::size_t i = 0; i < b.items.size(); ++i) {
                    out_.open_with_class("li", "vk-list__item");
                    inline_text(b.items[i], pointer_to_index(pointer_to_member(pointer, "items"), i));
                    out_.close();
                }
                out_.close();
                break;
            }
            case BlockType::callout:
                out_.open_with_class("aside", "vk-callout");
                if (!b.title.empty())
                    plain_element("p", "vk-callout__title", b.title, pointer_to_member(pointer, "title"));
                out_.open_with_class("p", "vk-callout__text");
                inline_text(b.text, text_pointer);
                out_.close().close();
                break;
            case BlockType::embed: {
                std::string cls = "vk-embed vk-embed--" + b.provider;
                out_.open("figure").attr("class", cls).end_open();
                const std::string url_pointer = pointer_to_member(pointer, "url");
                open_link("vk-embed__link", b.url, url_pointer);
                out_.element("span", "vk-embed__provider", provider_title(b.provider));
                if (check_url(b.url).allowed) {
                    out_.text(" ");
                    out_.element("span", "vk-embed__url", display_url(b.url));
                }
                out_.close();
                if (!b.caption.empty()) {
                    out_.open_with_class("figcaption", "vk-embed__caption");
                    inline_text(b.caption, pointer_to_member(pointer, "caption"));
                    out_.close();
                }
                out_.close();
                break;
            }
            case BlockType::markdown:
                out_.open_with_class("div", "vk-markdown");
                render_block_markdown(b.text, out_, markdown_context(text_pointer));
                out_.close();
                break;
            case BlockType::divider:
                out_.open("hr").attr("class", "vk-divider").end_void();
                break;
            case BlockType::table:
                table(b, pointer);
                break;
            case BlockType::code: {
                // Verbatim: never typeset, only escaped.
                out_.open_with_class("pre", "vk-code");
                out_.open("code");
                const std::string language = code_language(b.language);
                if (!language.empty()) out_.attr("class", "language-" + language);
                out_.end_open().text(b.text).close().close();
                break;
            }
        }
        out_.newline();
    }

    // A table in a focusable region that scrolls sideways on a narrow screen (so a keyboard
    // user can scroll it too); rows shorter than the widest are padded with empty cells.
    void table(const Block& b, const std::string& pointer) {
        std::size_t columns = 0;
        for (const auto& row : b.rows) columns = std::max(columns, row.size());
        const std::string rows_pointer = pointer_to_member(pointer, "rows");
        out_.open_with_class("figure", "vk-table");
        out_.open("div")
            .attr("class", "vk-table__scroll")
            .attr("role", "region")
            .attr("aria-label", "Таблица")
            .attr("tabindex", "0")
            .end_open();
        out_.open_with_class("table", "vk-table__table");
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            const bool head = b.header && r == 0;
            if (r == 0) out_.open(head ? "thead" : "tbody").end_open();
            if (r == 1 && b.header) out_.open("tbody").end_open();
            out_.open("tr").end_open();
            const std::string row_pointer = pointer_to_index(rows_pointer, r);
            for (std::size_t c = 0; c < columns; ++c) {
                if (head) {
                    out_.open("th").attr("scope", "col").end_open();
                } else {
                    out_.open("td").end_open();
                }
                if (c < b.rows[r].size()) inline_text(b.rows[r][c], pointer_to_index(row_pointer, c));
                out_.close();
            }
            out_.close();
            if (r == 0 && head) out_.close();  // thead
        }
        if (!(b.header && b.rows.size() == 1)) out_.close();  // tbody
        out_.close().close();                                 // table, div
        if (!b.caption.empty()) {
            out_.open_with_class("figcaption", "vk-table__caption");
            inline_text(b.caption, pointer_to_member(pointer, "caption"));
            out_.close();
        }
        out_.close();
    }

    void body() {
        if (article_.body.empty()) return;
        out_.open_with_class("div", "vk-card__body").newline();
        for (std::size_t i = 0; i < article_.body.size(); ++i)
            block(article_.body[i], pointer_to_index("/body", i));
        out_.close().newline();
    }

    // --- footer -------------------------------------------------------------------------

    void footer() {
        const bool any =
            article_.source || !article_.tags.empty() || article_.link_full || article_.link_next;
        if (!any) return;
        out_.open_with_class("footer", "vk-card__footer").newline();
        if (article_.source) {
            out_.open_with_class("p", "vk-card__source").text("Источник: ");
            open_link("vk-card__source-link", article_.source->url, "/source/url");
            plain(article_.source->name, "/source/name");
            out_.close().close().newline();
        }
        if (!article_.tags.empty()) {
            out_.open_with_class("ul", "vk-card__tags");
            for (std::size_t i = 0; i < article_.tags.size(); ++i) {
                plain_element("li", "vk-tag", article_.tags[i], pointer_to_index("/tags", i));
            }
            out_.close().newline();
        }
        if (article_.link_full || article_.link_next) {
            out_.open("nav").attr("class", "vk-card__links").attr("aria-label", "Ссылки").end_open();
            if (article_.link_full) {
                const Link& l = *article_.link_full;
                open_link("vk-card__more", l.url, "/links/full/url");
                plain(l.label.empty() ? "Смотрите полную версию на сайте" : l.label, "/links/full/label");
                out_.close();
            }
            if (article_.link_full && article_.link_next) out_.text(" ");
            if (article_.link_next) {
                const Link& l = *article_.link_next;
                open_link("vk-card__next", l.url, "/links/next/url");
                plain_element("span", "vk-card__next-label", l.label.empty() ? "Следующая новость" : l.label,
                              "/links/next/label");
                if (!l.title.empty()) {
                    out_.text(" ");
                    plain_element("span", "vk-card__next-title", l.title, "/links/next/title");
                }
                out_.close();
            }
            out_.close().newline();
        }
        out_.close().newline();
    }

    // --- layouts ------------------------------------------------------------------------

    void render_full() {
        out_.open_with_class("header", "vk-card__header").newline();
        meta(true);
        title(false);
        lead();
        authors();
        out_.close().newline();
        if (article_.cover) image(*article_.cover, "/cover", "vk-card__cover vk-figure");
        body();
        footer();
    }

    void render_teaser() {
        thumbnail();
        out_.open_with_class("header", "vk-card__header").newline();
        meta(true);
        title(true);
        lead();
        out_.close().newline();
    }

    void render_compact() {
        title(true);
        meta(false);
    }

    const Article& article_;
    const RenderOptions& options_;
    Diagnostics& diagnostics_;
    Typographer typographer_;
    // The card is about as long as the article's text plus markup: 9/8 of the text and 2 KiB.
    std::size_t expected_size() const {
        std::size_t text = article_.title.size() + article_.lead.size();
        for (const Block& b : article_.body) {
            text += b.text.size() + b.caption.size();
            for (const std::string& item : b.items) text += item.size();
            for (const auto& row : b.rows) {
                for (const std::string& cell : row) text += cell.size() + 9;  // <td></td>
            }
        }
        return text + text / 8 + 2048;
    }

    HtmlWriter out_;
};

}  // namespace

std::string render_card(const Article& article, const RenderOptions& options, Diagnostics& diagnostics) {
    return CardRenderer(article, options, diagnostics).render();
}

}  // namespace verstka::detail
