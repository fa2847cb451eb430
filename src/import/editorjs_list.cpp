#include "import/editorjs_list.hpp"

#include <string_view>
#include <vector>

#include "common/json_pointer.hpp"
#include "import/editorjs_inline.hpp"

namespace verstka::detail {

namespace {

using json = nlohmann::json;

constexpr std::string_view checked_box = "\xE2\x98\x91 ";    // ☑
constexpr std::string_view unchecked_box = "\xE2\x98\x90 ";  // ☐

struct Item {
    std::string text;  ///< inline CommonMark, ☑/☐ included for checklists
    std::vector<Item> children;
};

const json* member(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
}

bool checked_of(const json& item) {
    const json* meta = member(item, "meta");
    const json* checked = meta ? member(*meta, "checked") : member(item, "checked");
    return checked && checked->is_boolean() && checked->get<bool>();
}

class ListReader {
public:
    ListReader(bool checklist, ImportReport& report) : checklist_(checklist), report_(report) {}

    std::vector<Item> items(const json& array, const std::string& path) {
        std::vector<Item> out;
        out.reserve(array.size());
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string item_path = pointer_to_index(path, i);
            const json& value = array[i];
            Item item;
            std::string_view html;
            std::string text_path = item_path;
            if (const std::string* s = value.get_ptr<const std::string*>()) {
                html = *s;
            } else if (value.is_object()) {
                const char* key = member(value, "content") ? "content" : "text";
                if (const json* content = member(value, key)) {
                    text_path = pointer_to_member(item_path, key);
                    if (const std::string* content_text = content->get_ptr<const std::string*>()) {
                        html = *content_text;
                    } else {
                        report_.warning("import.bad-field", text_path,
                                        "a list item's text must be a string; the item is left empty");
                    }
                }
                if (const json* children = member(value, "items")) {
                    if (children->is_array()) {
                        item.children = items(*children, item_path + "/items");
                    } else {
                        report_.warning("import.bad-field", item_path + "/items",
                                        "nested items must be an array; they are left out");
                    }
                }
            } else {
                report_.warning("import.bad-field", item_path,
                                "a list item must be a string or an object with \"content\"; it is left out");
                continue;
            }
            item.text = editorjs_inline_field(html, text_path, report_);
            if (checklist_) item.text.insert(0, checked_of(value) ? checked_box : unchecked_box);
            if (item.text.empty() && item.children.empty()) continue;
            out.push_back(std::move(item));
        }
        return out;
    }

private:
    bool checklist_;
    ImportReport& report_;
};

// CommonMark for a list: `1.` / `-` markers, continuation lines and nested lists indented
// under the item's text.
void write_markdown(const std::vector<Item>& items, bool ordered, long long start, const std::string& indent,
                    std::string& out) {
    long long number = start;
    for (const Item& item : items) {
        const std::string marker = ordered ? std::to_string(number++) + ". " : "- ";
        const std::string inner(indent.size() + marker.size(), ' ');
        out += indent;
        out += marker;
        for (char c : item.text) {
            out += c;
            if (c == '\n') out += inner;
        }
        out += '\n';
        if (!item.children.empty()) write_markdown(item.children, ordered, 1, inner, out);
    }
}

bool flat(const std::vector<Item>& items) {
    for (const Item& item : items) {
        if (!item.children.empty() || item.text.empty()) return false;
    }
    return true;
}

}  // namespace

std::optional<json> editorjs_list_block(const json& data, const std::string& data_path, bool checklist,
                                        ImportReport& report) {
    bool ordered = false;
    if (const json* style = member(data, "style")) {
        const std::string* s = style->get_ptr<const std::string*>();
        if (s && *s == "ordered") {
            ordered = true;
        } else if (s && *s == "checklist") {
            checklist = true;
        } else if (!s || *s != "unordered") {
            report.warning(
                "import.bad-field", data_path + "/style",
                "\"style\" of a list is ordered, unordered or checklist; an unordered list is made");
        }
    }
    if (checklist) ordered = false;
    long long start = 1;
    if (const json* meta = member(data, "meta")) {
        if (const json* value = member(*meta, "start")) {
            if (value->is_number_integer() && value->get<long long>() >= 0 &&
                value->get<long long>() <= 999999999) {
                start = value->get<long long>();
            } else {
                report.warning("import.bad-field", data_path + "/meta/start",
                               "\"start\" of a list is a whole number from 0 to 999999999; 1 is used");
            }
        }
        if (const json* counter = member(*meta, "counterType")) {
            const std::string* s = counter->get_ptr<const std::string*>();
            if (ordered && (!s || *s != "numeric")) {
                report.warning("import.list-counter-type", data_path + "/meta/counterType",
                               "the list is numbered 1, 2, 3: Roman and letter counters are not kept");
            }
        }
    }
    const json* items = member(data, "items");
    if (!items || !items->is_array()) {
        report.warning("import.bad-field", data_path + "/items",
                       "\"items\" of a list must be an array; the list is left out");
        return std::nullopt;
    }
    const std::vector<Item> read = ListReader(checklist, report).items(*items, data_path + "/items");
    if (read.empty()) return std::nullopt;
    json block = json::object();
    if (flat(read) && (!ordered || start == 1)) {
        block["type"] = "list";
        if (ordered) block["ordered"] = true;
        json texts = json::array();
        for (const Item& item : read) texts.push_back(item.text);
        block["items"] = std::move(texts);
        return block;
    }
    std::string text;
    write_markdown(read, ordered, start, "", text);
    block["type"] = "markdown";
    block["text"] = std::move(text);
    return block;
}

}  // namespace verstka::detail
