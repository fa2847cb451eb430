// scripts/check-layers.mjs: the repository keeps the layer order, and each kind of breach,
// planted into a copy of the repository's files, is caught (and only it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

import { checkLayers, includesOf, parseModules, repositoryFiles } from '../../scripts/check-layers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const realFiles = repositoryFiles(root);
const realCmake = readFileSync(`${root}CMakeLists.txt`, 'utf8');

test('the repository keeps the layer order', () => {
  assert.deepEqual(checkLayers(realFiles, realCmake), []);
});

test('the scan sees the modules, the programs, the bindings and the public headers', () => {
  for (const path of ['src/html/html_writer.hpp', 'src/render/card.cpp', 'src/cli/main.cpp', 'bindings/embind.cpp',
    'include/verstka/render.hpp', 'tests/markdown/markdown_helpers.hpp']) {
    assert.ok(realFiles.has(path), path);
  }
});

// Appends `line` to a copy of the real file `path` (or makes a new file) and checks that the
// breaches are exactly those expected.
function plantInclude(path, line) {
  const files = new Map(realFiles);
  files.set(path, `${files.get(path) ?? ''}\n${line}\n`);
  return checkLayers(files, realCmake);
}

const plantedIncludes = [
  { name: 'a backwards include: html/ includes render/', path: 'src/html/html_writer.cpp',
    line: '#include "render/card.hpp"', expect: /src\/html\/html_writer\.cpp:\d+: includes "render\/card\.hpp": render\/ is above html\/ in LAYERS/ },
  { name: 'the lowest layer includes another', path: 'src/common/utf8.cpp',
    line: '#include "html/url_policy.hpp"', expect: /html\/ is above common\/ in LAYERS/ },
  { name: 'markdown/ includes render/ (the arrow this order was made to stop)', path: 'src/markdown/markdown.hpp',
    line: '#include "render/card.hpp"', expect: /render\/ is above markdown\/ in LAYERS/ },
  { name: 'a sibling include: typography/ includes hyphenation/', path: 'src/typography/engine.cpp',
    line: '#include "hyphenation/hyphenate.hpp"', expect: /hyphenation\/ is a sibling of typography\// },
  { name: 'a lower module the declaration does not name: article/ includes typography/', path: 'src/article/article.cpp',
    line: '#include "typography/engine.hpp"', expect: /article\/ does not use typography/ },
  { name: 'an angle-bracket include counts too', path: 'src/common/utf8.cpp',
    line: '#include <render/card.hpp>', expect: /render\/ is above common\// },
  { name: 'a relative include in src/', path: 'src/markdown/markdown.cpp',
    line: '#include "../render/card.hpp"', expect: /not a relative path/ },
  { name: 'the bindings include an internal header', path: 'bindings/embind.cpp',
    line: '#include "article/parse_article.hpp"', expect: /the bindings use only the public headers/ },
  { name: 'the CLI includes an internal header', path: 'src/cli/main.cpp',
    line: '#include "render/card.hpp"', expect: /src\/cli\/ uses only the public headers/ },
  { name: 'a public header includes an internal one', path: 'include/verstka/render.hpp',
    line: '#include "article/article.hpp"', expect: /the public headers include only verstka\// },
  { name: 'a layer includes the CLI', path: 'src/api/api.cpp',
    line: '#include "cli/report.hpp"', expect: /cli\/ is a program, not a layer/ },
  { name: "a module's tests include a module above it", path: 'tests/markdown/markdown_helpers.hpp',
    line: '#include "render/card.hpp"', expect: /tests\/markdown\/markdown_helpers\.hpp:\d+: includes "render\/card\.hpp": render\/ is above markdown\// },
];

for (const { name, path, line, expect } of plantedIncludes) {
  test(`caught: ${name}`, () => {
    const breaches = plantInclude(path, line);
    assert.equal(breaches.length, 1, breaches.join('\n'));
    assert.match(breaches[0], expect);
  });
}

const allowedIncludes = [
  { name: 'a module includes its own folder', path: 'src/render/card.cpp', line: '#include "render/json_ld.hpp"' },
  { name: 'a module includes a module it declares', path: 'src/markdown/markdown.cpp', line: '#include "html/url_policy.hpp"' },
  { name: 'a module includes one it uses through another', path: 'src/api/api.cpp', line: '#include "markdown/markdown.hpp"' },
  { name: 'any file includes the public headers', path: 'src/common/utf8.cpp', line: '#include "verstka/diagnostic.hpp"' },
  { name: 'the CLI includes its own headers', path: 'src/cli/main.cpp', line: '#include "cli/report.hpp"' },
  { name: 'system and third-party headers are not layers', path: 'src/html/html_writer.cpp', line: '#include <nlohmann/json.hpp>' },
  { name: 'suites of the whole (hostile/) are not governed', path: 'tests/hostile/limits_test.cpp', line: '#include "render/card.hpp"' },
];

for (const { name, path, line } of allowedIncludes) {
  test(`allowed: ${name}`, () => {
    assert.deepEqual(plantInclude(path, line), []);
  });
}

const plantedDeclarations = [
  { name: 'a module that depends on one above it',
    edit: (cmake) => cmake.replace('verstka_module(html DEPENDS common)', 'verstka_module(html DEPENDS common render)'),
    expect: /verstka_module\(html\) depends on render: render\/ is above html\/ in LAYERS/ },
  { name: 'a module with no row in LAYERS',
    edit: (cmake) => `${cmake}\nverstka_module(widgets DEPENDS common)\n`, expect: /module widgets has no row in LAYERS/ },
  { name: 'a module that depends on a sibling',
    edit: (cmake) => cmake.replace('verstka_module(typography DEPENDS common)', 'verstka_module(typography DEPENDS common hyphenation)'),
    expect: /depends on hyphenation: hyphenation\/ is a sibling of typography\// },
];

for (const { name, edit, expect } of plantedDeclarations) {
  test(`caught in CMakeLists.txt: ${name}`, () => {
    const cmake = edit(realCmake);
    assert.notEqual(cmake, realCmake, 'the edit applies');
    const breaches = checkLayers(realFiles, cmake);
    assert.equal(breaches.length, 1, breaches.join('\n'));
    assert.match(breaches[0], expect);
  });
}

test('caught: a src/ folder that is no declared module, or has no row', () => {
  // import/ has a row; its declaration (and the uses of it) taken out, it is undeclared.
  const files = new Map([...realFiles].filter(([path, text]) => !path.startsWith('src/import/') && !text.includes('"import/')));
  files.set('src/import/editorjs.cpp', '#include "article/article.hpp"\n');
  files.set('src/widgets/widget.cpp', '');
  const cmake = realCmake.replace(/^verstka_module\(import\b[^)]*\)\n/m, '')
    .replace(/^(verstka_module\(api DEPENDS[^)]*?) import\b/m, '$1');
  assert.notEqual(cmake, realCmake, 'the edit applies');
  assert.deepEqual(checkLayers(files, cmake).sort(), [
    'src/import/: no verstka_module(import …) in CMakeLists.txt',
    'src/widgets/: no row in LAYERS (scripts/check-layers.mjs)',
  ]);
});

test('parseModules reads names and DEPENDS, not LIBRARIES or comments', () => {
  const modules = parseModules([
    '# verstka_module(commented DEPENDS out)',
    'verstka_module(common)',
    'verstka_module(markdown DEPENDS common html LIBRARIES ${VERSTKA_CMARK_TARGET})',
    'verstka_module(render\n  DEPENDS common markdown\n  LIBRARIES ${VERSTKA_JSON_TARGET})',
  ].join('\n'));
  assert.deepEqual([...modules], [['common', []], ['markdown', ['common', 'html']], ['render', ['common', 'markdown']]]);
});

test('includesOf finds quoted and angle includes with their lines', () => {
  assert.deepEqual(includesOf('// #include "no.hpp" in a comment\n#include "a/b.hpp"\n  #  include <c/d.hpp>\nint x;'), [
    { line: 2, target: 'a/b.hpp' }, { line: 3, target: 'c/d.hpp' },
  ]);
});

test('the command exits 0 on the repository and prints its verdict', () => {
  const r = spawnSync(process.execPath, [`${root}scripts/check-layers.mjs`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /check-layers: \d+ files keep the layer order/);
});

test('the command exits 1 and names the include on a repository with a backwards include', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'check-layers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = {
    'CMakeLists.txt': 'verstka_module(common)\nverstka_module(html DEPENDS common)\n',
    'src/common/utf8.cpp': '#include "html/html_writer.hpp"\n',
    'src/html/html_writer.cpp': '#include "common/utf8.hpp"\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const r = spawnSync(process.execPath, [`${root}scripts/check-layers.mjs`, dir], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^src\/common\/utf8\.cpp:1: includes "html\/html_writer\.hpp": html\/ is above common\/ in LAYERS$/m);
  assert.match(r.stderr, /check-layers: 1 include\(s\) against the layer order/);
});
