// A consumer of every exported type, compiled with `tsc --strict` (skipLibCheck off) by
// tests/e2e/package.test.mjs against the installed tarball. The @ts-expect-error lines prove
// the types reject what the runtime rejects.
import {
  init,
  initSync,
  renderArticle,
  validateArticle,
  typograph,
  typographyRules,
  version,
  fromEditorJs,
  type Article,
  type ArticleFields,
  type EditorJsDocument,
  type FromEditorJsOptions,
  type ImportResult,
  type ArticleInput,
  type Diagnostic,
  type InitOptions,
  type Layout,
  type RenderOptions,
  type RenderResult,
  type RuleInfo,
  type TypographOptions,
  type TypographResult,
  type TypographyRuleOptions,
  type ValidateOptions,
  type ValidateResult,
  type WasmSource,
} from 'verstka';
import * as inline from 'verstka/inline';
import { VerstkaCard, type VerstkaErrorDetail } from 'verstka/element';
import { FROM, LAYOUTS, MAX_INPUT_BYTES, OPTIONS, RAW_HTML, THEMES, type OptionSpec } from 'verstka/options';

export async function main(bytes: Uint8Array, module: WebAssembly.Module, response: Response): Promise<string> {
  const sources: WasmSource[] = [new URL('https://example.org/verstka.wasm'), '/verstka.wasm', response, bytes, bytes.buffer, module,
                                 Promise.resolve(response)];
  const initOptions: InitOptions = { wasm: sources[0] };
  await init(initOptions);
  await init();
  initSync(bytes);
  initSync(module);
  inline.initSync();
  await inline.init({ wasm: bytes });

  const article: Article = { v: 1, title: 'Заголовок', body: [{ type: 'paragraph', text: 'Текст' }] };
  const inputs: ArticleInput[] = [article, JSON.stringify(article), new TextEncoder().encode('{}')];
  const layout: Layout = 'teaser';
  const rules: TypographyRuleOptions = { entities: true, enable: ['nbsp/*'], disable: ['quotes/*'], rules: { 'dash/range': false }, englishQuotes: false };
  const options: RenderOptions = {
    ...rules, layout, typography: true, jsonLd: true, rawHtml: 'drop', headingBase: 3, nofollow: true, newTab: false,
    maxInputBytes: 1 << 20,
  };
  const rendered: RenderResult = renderArticle(inputs[0], options);
  const first: Diagnostic | undefined = rendered.diagnostics[0];
  const severity: 'error' | 'warning' | undefined = first?.severity;
  const where: string = first ? `${first.path}:${first.line}:${first.column} ${first.code} ${first.message}` : '';

  const editorjs: EditorJsDocument = { time: 1, blocks: [{ id: 'a', type: 'paragraph', data: { text: 'Текст' } }], version: '2.30.0' };
  const meta: ArticleFields = { title: 'Заголовок', lead: 'Лид' };
  const importOptions: FromEditorJsOptions = { rawHtml: 'drop', maxInputBytes: 1 << 20 };
  const imported: ImportResult = fromEditorJs(editorjs, meta, importOptions);
  if (imported.ok && imported.article) renderArticle(imported.article);
  renderArticle(editorjs, { from: 'editorjs', meta });
  // @ts-expect-error: there is no 'word' importer
  renderArticle(editorjs, { from: 'word' });

  const validateOptions: ValidateOptions = { maxInputBytes: 1000 };
  const validated: ValidateResult = validateArticle(inputs[1], validateOptions);
  const typographOptions: TypographOptions = { html: true, entities: false };
  const typeset: TypographResult = typograph('a - b', typographOptions);
  const list: RuleInfo[] = typographyRules();
  const titles: string[] = list.map((r) => `${r.id} ${r.titleRu} ${r.titleEn} ${r.onByDefault}`);

  const card: VerstkaCard = document.createElement('verstka-card');
  card.setAttribute('layout', layout);
  card.article = article;
  card.addEventListener('verstka-render', (event) => {
    const detail: RenderResult = event.detail;
    console.log(detail.html.length);
  });
  card.addEventListener('verstka-error', (event) => {
    const detail: VerstkaErrorDetail = event.detail;
    console.log(detail.message, detail.diagnostics.length);
  });
  await card.refresh();

  // verstka/options: the values the options take, usable as the options' own types.
  for (const layout of LAYOUTS) renderArticle(article, { layout, rawHtml: RAW_HTML[1] });
  const layoutDefault: Layout = OPTIONS.renderArticle.layout.default;
  const headingRange: [number, number] = [OPTIONS.renderArticle.headingBase.min, OPTIONS.renderArticle.headingBase.max];
  const spec: OptionSpec = OPTIONS.typograph.html;
  const theme: 'light' | 'dark' = THEMES[0];
  console.log(layoutDefault, headingRange, spec.type, theme, MAX_INPUT_BYTES, FROM[1], OPTIONS.fromEditorJs.rawHtml.default);
  // @ts-expect-error: the table is read-only
  OPTIONS.renderArticle.layout.default = 'teaser';

  // @ts-expect-error: there is no 'wide' layout
  renderArticle(article, { layout: 'wide' });
  // @ts-expect-error: unknown option
  renderArticle(article, { jsonld: true });
  // @ts-expect-error: typograph takes a string
  typograph(42);
  // @ts-expect-error: html is a typograph option, not a render option
  renderArticle(article, { html: true });
  // @ts-expect-error: validateArticle has no layout
  validateArticle(article, { layout: 'full' });
  // @ts-expect-error: rules map ids to booleans
  renderArticle(article, { rules: { 'nbsp/*': 'off' } });

  return [rendered.ok, rendered.html, severity, where, validated.ok, typeset.text, titles.join(), version()].join('\n');
}
