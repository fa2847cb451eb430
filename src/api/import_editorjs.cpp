// verstka::import_editorjs: the public entry point of the Editor.js importer.
#include "import/editorjs.hpp"
#include "verstka/import.hpp"

namespace verstka {

ImportResult import_editorjs(std::string_view document_json, std::string_view meta_json,
                             const EditorJsOptions& options) {
    return detail::import_editorjs_document(document_json, meta_json, options);
}

}  // namespace verstka
