// The verstka live demo: edit an article's JSON, see the card typeset as you type.
// Uses the built npm package exactly as a user would (the bundler leaves `verstka` external,
// pointing at the package's browser entry in /dist). This module wires the page together:
// state.js holds the state, controls.js the form and tabs, preview.js the card,
// diagnostics.js the problems, compare.js the before/after view, actions.js the buttons,
// input.js the JSON · Editor.js · Plain text switch (editorjs.js runs Editor.js mode).
import { init, initHyphenation, version } from 'verstka';
import { copyText, downloadHtml, fillExamples, loadExample, makePermalink, restorePermalink, setDocument } from './actions.js';
import { showBeforeAfter } from './compare.js';
import { applyAppearance, buildRuleGroups, readControls, selectView, setupRulesPopover, setupTabs, watchSystemTheme, writeControls } from './controls.js';
import { showDiagnostics } from './diagnostics.js';
import { $ } from './dom.js';
import { createEditor } from './editor.js';
import { safeRender } from './engine.js';
import { focusBlock } from './editorjs.js';
import { inputMode, inputOptions, inputSource, loadSampleText, setupInputSwitch } from './input.js';
import { setupPreview, showPreview, showStatus } from './preview.js';
import { renderOptions, state } from './state.js';

const RENDER_DELAY_MS = 90;

// The before/after view is filled only while it is shown.
const onShowView = (view) => { if (view === 'diff') showBeforeAfter(); };

/** Renders the editor's article and shows the card, the diagnostics and the status. */
function render() {
  clearTimeout(state.timer);
  $('#permalink-box').hidden = true;  // a shown permalink no longer describes the page
  const text = inputSource();
  const started = performance.now();
  const result = safeRender(text, inputOptions(renderOptions(state.settings)));
  const ms = performance.now() - started;
  state.renders++;
  showDiagnostics(result.diagnostics || [], text);
  const ok = result.ok && result.html;
  if (ok) {
    state.last = { html: result.html, text, ms };
    showPreview();
  }
  $('#stale').hidden = !!ok || !state.last;
  $('#preview').dataset.state = ok ? 'fresh' : 'stale';
  $('#preview').dataset.renders = String(state.renders);
  showStatus(ms, result);
  onShowView(state.settings.view);
}

function scheduleRender() {
  clearTimeout(state.timer);
  state.timer = setTimeout(render, RENDER_DELAY_MS);
}

// Once edited, the text is no longer the example: the menu says so, and choosing the example
// again restores it.
function onEdit() {
  if (!state.replacing) $('#example').value = '';
  scheduleRender();
}

function permalink() {
  readControls();
  return makePermalink();
}

function listen() {
  $('#controls').addEventListener('change', (event) => {
    $('#permalink-box').hidden = true;
    readControls();
    applyAppearance();
    if (event.target.name === 'theme' || event.target.name === 'width') return;
    render();
  });
  $('#controls').addEventListener('submit', (event) => event.preventDefault());
  $('#example').addEventListener('change', (event) => { if (loadExample(event.target.value)) render(); });
  $('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    if (inputMode() === 'editorjs') focusBlock(0);
    else state.editor.focus();
  });
  $('#copy-html').addEventListener('click', () => state.last && copyText(state.last.html, 'Card HTML copied'));
  $('#download-html').addEventListener('click', downloadHtml);
  $('#permalink').addEventListener('click', permalink);
  $('#permalink-close').addEventListener('click', () => {
    $('#permalink-box').hidden = true;
    $('#permalink').focus();
  });
  $('#changed-only').addEventListener('change', showBeforeAfter);
  setupInputSwitch({ onSwitch: render, onEdit: scheduleRender });
  watchSystemTheme();
  setupRulesPopover();
  window.addEventListener('hashchange', async () => {
    if (await restorePermalink()) {
      writeControls();
      applyAppearance();
      render();
    }
  });
}

async function start() {
  const [examples, css, schema] = await Promise.all([
    fetch(new URL('./examples.json', import.meta.url)).then((r) => r.json()),
    // VERSTKA_CSS_URL: the package's stylesheet, set by build.mjs from package.json "exports".
    fetch(new URL(VERSTKA_CSS_URL, import.meta.url)).then((r) => (r.ok ? r.text() : '')),
    // The article format's JSON Schema, for completion in the editor (optional).
    fetch(new URL('./article.schema.json', import.meta.url)).then((r) => (r.ok ? r.json() : null)).catch(() => null),
    init(),
    initHyphenation(),  // the patterns (13 KB gzip) for the Hyphenation switch
    loadSampleText(),
  ]);
  state.examples = examples;
  state.cardCss = css;
  $('#version').textContent = `v${version()}`;
  fillExamples();
  buildRuleGroups();
  await setupPreview();
  setupTabs(onShowView);

  state.editor = createEditor($('#editor'), '', onEdit, schema);
  if (!(await restorePermalink())) {
    setDocument(examples[0].json);
    $('#example').value = examples[0].id;
  }
  writeControls();
  readControls();
  applyAppearance();
  listen();

  // The first call pays one-time set-up (rule tables): do it before the first measured
  // render, so the time shown is the steady per-edit cost.
  safeRender(state.editor.state.doc.toString(), renderOptions(state.settings));
  render();
  selectView(state.settings.view, { onShow: onShowView });
  document.body.dataset.ready = 'true';
}

// A handle for debugging in the console and for the end-to-end tests.
window.verstkaDemo = {
  get view() { return state.editor; },
  get editorjs() { return state.editorjs.editor; },
  settings: state.settings,
  render: () => render(),
  permalink,
};

start().catch((error) => {
  console.error(error);
  const box = $('#fatal');
  box.textContent = `The demo could not start: ${error && error.message ? error.message : error}`;
  box.hidden = false;
});
