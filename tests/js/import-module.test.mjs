// The importers' own WebAssembly module (verstka-import.wasm, loaded by initImport()): the
// importers throw a clear Error until it is loaded and work after, rendering never needs it, and
// every entry (node, inline, browser, a compiled module as workerd passes it) loads it. Each case
// runs in a fresh process: a fresh, unloaded module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, runModule } from './api-support.mjs';

const entry = (name) => JSON.stringify(join(DIST, name));
const TEXT = JSON.stringify('Заголовок новости\n\nПервый абзац текста новости.');
const EDITORJS = JSON.stringify({ blocks: [{ type: 'header', data: { text: 'Заголовок', level: 1 } }, { type: 'paragraph', data: { text: 'Текст' } }] });

// Runs `body` in a fresh process with `v` the entry's exports; resolves to what it printed as JSON.
async function inFreshProcess(entryName, body) {
  const r = await runModule(`const v = await import(${entry(entryName)});\nconst out = {};\n` +
                            `const message = (f) => { try { f(); return 'no error'; } catch (error) { return \`\${error.constructor.name}: \${error.message}\`; } };\n` +
                            `${body}\nconsole.log(JSON.stringify(out));`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('before initImport(), fromText, fromEditorJs and renderArticle({ from }) throw an Error naming initImport(); after it they work', async () => {
  const out = await inFreshProcess('node.js', `
await v.init();
out.before = [message(() => v.fromText(${TEXT})), message(() => v.fromEditorJs(${EDITORJS})),
              message(() => v.renderArticle(${TEXT}, { from: 'text' })), message(() => v.renderArticle(${EDITORJS}, { from: 'editorjs' }))];
out.renders = v.renderArticle({ title: 'Т', body: [{ type: 'paragraph', text: 'Текст' }] }).ok;
await v.initImport();
out.after = [v.fromText(${TEXT}).ok, v.fromEditorJs(${EDITORJS}).article?.title, v.renderArticle(${TEXT}, { from: 'text' }).ok,
             v.renderArticle(${EDITORJS}, { from: 'editorjs' }).html.includes('Заголовок')];`);
  assert.deepEqual(out.before, [
    'Error: verstka: fromText: the importers are not loaded; call `await initImport()` first',
    'Error: verstka: fromEditorJs: the importers are not loaded; call `await initImport()` first',
    'Error: verstka: renderArticle: the importers are not loaded; call `await initImport()` first',
    'Error: verstka: renderArticle: the importers are not loaded; call `await initImport()` first',
  ]);
  assert.equal(out.renders, true, 'rendering an article needs no initImport()');
  assert.deepEqual(out.after, [true, 'Заголовок', true, true]);
});

test('the importers need no init(); renderArticle({ from }) without init() asks for init()', async () => {
  const out = await inFreshProcess('node.js', `
await v.initImport();
out.text = v.fromText(${TEXT}).article?.title;
out.render = message(() => v.renderArticle(${TEXT}, { from: 'text' }));`);
  assert.equal(out.text, 'Заголовок новости');
  assert.equal(out.render, 'Error: verstka: not initialised; call `await init()` (or initSync()) first');
});

test('NOT: an argument mistake is still a TypeError before initImport() (checked before any module is needed)', async () => {
  const out = await inFreshProcess('node.js', `out.text = message(() => v.fromText(42)); out.editorjs = message(() => v.fromEditorJs(null));`);
  assert.match(out.text, /^TypeError: verstka: fromText: the text must be a string/);
  assert.match(out.editorjs, /^TypeError: verstka: fromEditorJs: the document must be an object/);
});

test('verstka/inline: initImport() with the embedded module, no file or fetch', async () => {
  const out = await inFreshProcess('inline.js', `
delete globalThis.fetch;
v.initSync();
await v.initImport();
out.ok = v.renderArticle(${EDITORJS}, { from: 'editorjs' }).ok;`);
  assert.equal(out.ok, true);
});

test("browser entry: initImport() says to pass the module where it cannot fetch it; bytes or a compiled module (workerd's way) work", async () => {
  const bytes = `(await import('node:fs')).readFileSync(${entry('verstka-import.wasm')})`;
  const out = await inFreshProcess('browser.js', `
out.fetched = await v.initImport().then(() => 'ok', (error) => error.message);
await v.initImport({ wasm: new WebAssembly.Module(${bytes}) });
out.compiled = v.fromText(${TEXT}).ok;`);
  assert.match(out.fetched, /^verstka: cannot fetch file:\/\/.*\/verstka-import\.wasm \(.+\); pass initImport\(\{ wasm \}\): a WebAssembly\.Module \(Workers: import wasm from 'verstka\/verstka-import\.wasm'\), bytes or a URL$/);
  assert.equal(out.compiled, true);
  const viaBytes = await inFreshProcess('browser.js', `await v.initImport({ wasm: ${bytes} }); out.ok = v.fromText(${TEXT}).ok;`);
  assert.equal(viaBytes.ok, true);
});

test('initImport(): concurrent calls share one load, a failed load is retried, the wrong .wasm is refused', async () => {
  const out = await inFreshProcess('node.js', `
out.missing = await v.initImport({ wasm: '/nonexistent/verstka-import.wasm' }).then(() => 'ok', (error) => error.message);
out.renderer = await v.initImport({ wasm: ${entry('verstka.wasm')} }).then(() => 'ok', (error) => error.message);
out.options = await v.initImport({ module: 1 }).then(() => 'ok', (error) => \`\${error.constructor.name}: \${error.message}\`);
await Promise.all([v.initImport(), v.initImport()]);
await v.initImport();
out.ok = v.fromText(${TEXT}).ok;`);
  assert.match(out.missing, /ENOENT.*\/nonexistent\/verstka-import\.wasm/);
  assert.notEqual(out.renderer, 'ok', "the renderer's verstka.wasm is not the importers' module");
  assert.equal(out.options, "TypeError: verstka: unknown initImport option 'module'");
  assert.equal(out.ok, true);
});

test('Node entry moved away from verstka-import.wasm (a bundle): initImport() names the file and the ways to ship it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'verstka-import-missing-'));
  try {
    for (const file of ['node.js', 'core.js', 'options.js', 'protocol.js', 'verstka-core.mjs', 'verstka-import-core.mjs']) copyFileSync(join(DIST, file), join(dir, file));
    const r = await runModule(`const { initImport } = await import(${JSON.stringify(join(dir, 'node.js'))});\n` +
                              'await initImport().then(() => console.log("ok"), (error) => console.log(error.message));');
    assert.equal(r.stdout, `verstka: the WebAssembly module is not at ${join(dir, 'verstka-import.wasm')}, next to the code that loads it ` +
      '(in a bundle, next to the bundle). Copy node_modules/verstka/dist/verstka-import.wasm there (esbuild, bun build and serverless ' +
      "packagers do not), or pass it: await initImport({ wasm: pathOrBytes }), or import from 'verstka/inline', which embeds it");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
