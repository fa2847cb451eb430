// verstka/rehype from the packed tarball: in a unified pipeline the user writes, and in a real
// Astro static build (Astro 5: the newest major that runs on Node 20; Astro 6 needs Node 22.12)
// whose page shows the text typeset across emphasis and links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { TOOLS, clientVersion, exec, project, remove } from './support.mjs';

const N = '\u00A0';
const MARKDOWN = `---
title: Сочи
---

# В Сочи - "тепло"

Он сказал "*да*" - и ушел в "[Ведомости](https://example.org/v)".

Команда \`a - "b"\` осталась как есть.

\`\`\`
в Сочи - "тепло"
\`\`\`
`;

let dir;
before(async () => {
  dir = await project('astro', {
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\nimport rehypeVerstka from 'verstka/rehype';\n" +
                        'export default defineConfig({ markdown: { rehypePlugins: [rehypeVerstka] } });\n',
    'src/pages/index.md': MARKDOWN,
  }, { type: 'module' });
});
after(() => remove(dir));

test(`Astro ${clientVersion('astro')} static build: the Markdown page is typeset across markup, code and pre left alone`, async () => {
  const r = await exec(process.execPath, [join(TOOLS, 'node_modules/astro/astro.js'), 'build', '--silent'], {
    cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const page = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  assert.ok(page.includes(`В${N}Сочи${N}— «тепло»</h1>`), page);
  assert.ok(page.includes(`Он${N}сказал «<em>да</em>»${N}— и${N}ушел в${N}«<a href="https://example.org/v">Ведомости</a>».`), page);
  assert.ok(page.includes('<code>a - "b"</code>'), page);
  assert.match(page, /<pre[^>]*>.*в Сочи - (&quot;|")тепло/s);
});

test('a unified pipeline with verstka/rehype from the tarball (rehype from Astro\'s dependencies)', async () => {
  writeFileSync(join(dir, 'pipeline.mjs'), `
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeVerstka from 'verstka/rehype';
const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeVerstka).use(rehypeStringify)
  .process('Он сказал "*да*"');
console.log(String(file));`);
  const r = await exec(process.execPath, ['pipeline.mjs'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), `<p>Он${N}сказал «<em>да</em>»</p>`);
});
