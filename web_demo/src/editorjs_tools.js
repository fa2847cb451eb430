// Editor.js and the block tools the demo offers: the chunk that Editor.js mode loads on first
// use (build.mjs splits it off demo.js, so the JSON and plain-text modes never download it).
// Each tool saves the data shape verstka's importer reads (docs/editorjs.md).
import EditorJS from '@editorjs/editorjs';
import CodeTool from '@editorjs/code';
import Delimiter from '@editorjs/delimiter';
import Embed from '@editorjs/embed';
import Header from '@editorjs/header';
import List from '@editorjs/list';
import Quote from '@editorjs/quote';
import SimpleImage from '@editorjs/simple-image';
import Table from '@editorjs/table';
import Warning from '@editorjs/warning';

// Images by address: SimpleImage keeps the pasted URL as it is (`data.url`) and needs no upload
// server, which a static demo does not have (@editorjs/image uploads every picture to an
// endpoint and saves the address the server answers).
const TOOLS = {
  header: { class: Header, inlineToolbar: true, config: { levels: [1, 2, 3, 4], defaultLevel: 2 } },
  list: { class: List, inlineToolbar: true, config: { defaultStyle: 'unordered' } },
  quote: { class: Quote, inlineToolbar: true, config: { quotePlaceholder: 'Quote', captionPlaceholder: 'Who said it' } },
  image: SimpleImage,
  delimiter: Delimiter,
  // A new table has no heading row (the tool reads `withHeadings` from the new block's empty
  // data, not from its config); the block's menu turns it on.
  table: { class: Table, inlineToolbar: true, config: { rows: 2, cols: 2 } },
  code: CodeTool,
  warning: { class: Warning, inlineToolbar: true, config: { titlePlaceholder: 'Title', messagePlaceholder: 'Message' } },
  embed: {
    class: Embed,
    inlineToolbar: true,
    config: {
      services: {
        youtube: true,
        vimeo: true,
        twitter: true,
        // Rutube, which verstka embeds as itself (the tool does not know it).
        rutube: {
          regex: /https?:\/\/rutube\.ru\/video\/([0-9a-f]{32})\/?/,
          embedUrl: 'https://rutube.ru/play/embed/<%= remote_id %>',
          html: '<iframe height="320" style="width: 100%;" frameborder="0" allow="clipboard-write; autoplay" allowfullscreen></iframe>',
          height: 320,
          width: 580,
        },
      },
    },
  },
};

/**
 * Starts Editor.js in `holder` with `data`; `onChange()` runs after every edit. Resolves to the
 * editor once it is ready.
 */
export async function startEditorJs(holder, data, onChange) {
  const editor = new EditorJS({
    holder,
    data,
    tools: TOOLS,
    minHeight: 80,
    placeholder: 'Write, or press / for a block',
    onChange: () => onChange(),
  });
  await editor.isReady;
  return editor;
}

/** The Editor.js version the chunk bundles. */
export const EDITORJS_VERSION = EditorJS.version;
