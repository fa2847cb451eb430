// The article model: what a validated article JSON (format v1) becomes.
#ifndef VERSTKA_ARTICLE_ARTICLE_HPP
#define VERSTKA_ARTICLE_ARTICLE_HPP

#include <optional>
#include <string>
#include <vector>

namespace verstka::detail {

/// A point in time as written in ISO 8601 with an offset, e.g. 2024-09-13T10:00:00+03:00.
/// Rendered in the author's own offset (a news site's local time), never converted.
struct DateTime {
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
    int offset_minutes = 0;  ///< +03:00 → 180; `Z` → 0
    std::string iso;         ///< the source text, for `<time datetime>`
};

struct Person {
    std::string name;
    std::string url;
};

struct Image {
    std::string src;
    std::string alt;
    std::string caption;  ///< inline CommonMark
    std::string credit;   ///< plain text, e.g. "пресс-служба администрации Сочи"
    std::string credit_prefix;  ///< "Фото" when absent
    int width = 0, height = 0;  ///< 0: unknown
    /// Image blocks only (Editor.js's image tunes): a thin border, the full width of the card,
    /// a tinted background around a smaller picture.
    bool border = false, stretched = false, background = false;
};

struct Link {
    std::string url;
    std::string label;  ///< "Смотрите полную версию на сайте"
    std::string title;  ///< the linked article's title (links.next)
};

enum class BlockType {
    paragraph,
    heading,
    quote,
    image,
    list,
    callout,
    embed,
    markdown,
    divider,
    table,
    code
};

/// One body block. Only the fields of its type are filled.
struct Block {
    BlockType type = BlockType::paragraph;
    std::string text;                            ///< paragraph, heading, quote, callout, markdown, code
    int level = 2;                               ///< heading: 2..4
    std::string author, role;                    ///< quote attribution
    Image image;                                 ///< image
    bool ordered = false;                        ///< list
    std::vector<std::string> items;              ///< list: inline CommonMark each
    std::string title;                           ///< callout
    std::string provider, url, caption;          ///< embed; caption also of a table
    bool header = false;                         ///< table: the first row is the header
    std::vector<std::vector<std::string>> rows;  ///< table: inline CommonMark cells
    std::string language;                        ///< code: as written (cleaned when rendered)
};

struct Article {
    int v = 1;
    std::string id;
    std::string lang = "ru";
    std::string url;
    std::string rubric;
    std::string title;
    std::string lead;  ///< inline CommonMark
    std::optional<DateTime> published;
    std::optional<DateTime> updated;
    std::string dateline;
    std::string age_rating;  ///< "", "0+", "6+", "12+", "16+", "18+"
    std::vector<Person> authors;
    std::optional<Person> source;
    std::optional<Image> cover;
    std::vector<Block> body;
    std::optional<Link> link_full;
    std::optional<Link> link_next;
    std::vector<std::string> tags;
};

/// Names for block types as written in JSON (`"paragraph"` …).
const char* block_type_name(BlockType type) noexcept;

}  // namespace verstka::detail

#endif
