// The include order of the C++ code (docs/architecture.md), checked over #include lines:
//   - a folder of src/ includes only itself and the folders of lower rows of LAYERS, and of
//     those only the modules its verstka_module() declaration in CMakeLists.txt names (directly
//     or through them); it names them as "folder/file.hpp", never with "../";
//   - src/cli/ and bindings/ include only the public headers (verstka/) and, for the CLI, its own;
//   - the public headers (include/verstka/) include only each other;
//   - a module's test suite (tests/<module>/) includes what its module may.
// The declarations must follow the order too, and every folder of src/ must have a row and
// (but cli/) a declaration. Run by scripts/lint.sh; prints each breach and exits 1.
// Usage: node scripts/check-layers.mjs [REPOSITORY_ROOT] (default: this repository).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/// The layers, lowest first: the one statement of the order. Folders of one row are siblings
/// and include neither each other nor anything of their own row.
export const LAYERS = [
  ['common'],
  ['html'],
  ['typography', 'hyphenation'],
  ['markdown'],
  ['article'],
  ['import'],
  ['render'],
  ['api'],
];

const PUBLIC = 'verstka';
const PROGRAMS = ['cli'];  // src/ folders that are programs over the public API, not layers

const rowOf = new Map(LAYERS.flatMap((row, i) => row.map((folder) => [folder, i])));

/// `verstka_module(NAME DEPENDS a b LIBRARIES …)` calls of a CMakeLists.txt → Map NAME → [a, b].
export function parseModules(cmakeText) {
  const modules = new Map();
  const text = cmakeText.replace(/#.*$/gm, '');
  for (const [, args] of text.matchAll(/\bverstka_module\(([^)]*)\)/g)) {
    const [name, ...rest] = args.trim().split(/\s+/);
    const depends = [];
    let inDepends = false;
    for (const word of rest) {
      if (/^[A-Z_]+$/.test(word)) inDepends = word === 'DEPENDS';
      else if (inDepends) depends.push(word);
    }
    modules.set(name, depends);
  }
  return modules;
}

function closureOf(modules, name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dependency of modules.get(name) ?? []) closureOf(modules, dependency, seen);
  return seen;
}

/// The quoted and angle-bracket includes of a C++ text: [{line, target}].
export function includesOf(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ++i) {
    const m = /^\s*#\s*include\s*["<]([^">]+)[">]/.exec(lines[i]);
    if (m) out.push({ line: i + 1, target: m[1] });
  }
  return out;
}

// What a file is, for the rules: a src/ folder, a program, bindings, the public headers, a
// module's tests; null for files the order does not govern (other tests, bench, tools).
function roleOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts.length > 2) return { kind: PROGRAMS.includes(parts[1]) ? 'program' : 'src', folder: parts[1] };
  if (parts[0] === 'bindings') return { kind: 'bindings' };
  if (parts[0] === 'include') return { kind: 'public' };
  if (parts[0] === 'tests' && parts.length > 2 && rowOf.has(parts[1])) return { kind: 'tests', folder: parts[1] };
  return null;
}

// Why `folder` (a layer) may not include `target` (another layer), or null when it may.
function layerBreach(modules, folder, target) {
  if (target === folder) return null;
  const from = rowOf.get(folder);
  const to = rowOf.get(target);
  if (to === from) return `${target}/ is a sibling of ${folder}/ (same row of LAYERS)`;
  if (to > from) return `${target}/ is above ${folder}/ in LAYERS`;
  if (modules.has(folder) && !closureOf(modules, folder).has(target)) {
    return `${folder}/ does not use ${target} (its verstka_module() in CMakeLists.txt does not name it)`;
  }
  return null;
}

/// Every breach of the order in `files` (Map path → text) given the CMakeLists.txt text:
/// ["path:line: message", …], empty when the code keeps the order.
export function checkLayers(files, cmakeText) {
  const breaches = [];
  const modules = parseModules(cmakeText);

  for (const [name, depends] of modules) {
    if (!rowOf.has(name)) {
      breaches.push(`CMakeLists.txt: module ${name} has no row in LAYERS (scripts/check-layers.mjs)`);
      continue;
    }
    for (const dependency of depends) {
      const why = rowOf.has(dependency) ? layerBreach(new Map(), name, dependency) : `${dependency} has no row in LAYERS`;
      if (why) breaches.push(`CMakeLists.txt: verstka_module(${name}) depends on ${dependency}: ${why}`);
    }
  }
  const folders = new Set([...files.keys()].filter((p) => p.startsWith('src/') && p.split('/').length > 2).map((p) => p.split('/')[1]));
  for (const folder of folders) {
    if (PROGRAMS.includes(folder)) continue;
    if (!rowOf.has(folder)) breaches.push(`src/${folder}/: no row in LAYERS (scripts/check-layers.mjs)`);
    else if (!modules.has(folder)) breaches.push(`src/${folder}/: no verstka_module(${folder} …) in CMakeLists.txt`);
  }

  for (const [path, text] of files) {
    const role = roleOf(path);
    if (!role) continue;
    for (const { line, target } of includesOf(text)) {
      const top = target.split('/')[0];
      const at = `${path}:${line}: includes "${target}"`;
      if ((role.kind === 'src' || role.kind === 'program') && (top === '..' || top === '.')) {
        breaches.push(`${at}: name the folder ("${role.folder}/…", "common/…"), not a relative path`);
        continue;
      }
      if (top === PUBLIC) continue;
      const layer = rowOf.has(top);
      const program = PROGRAMS.includes(top);
      if (!layer && !program) continue;  // a system, third-party or test-local header
      let why = null;
      if (role.kind === 'public') why = 'the public headers include only verstka/';
      else if (role.kind === 'bindings') why = 'the bindings use only the public headers (verstka/)';
      else if (role.kind === 'program') why = top === role.folder ? null : `src/${role.folder}/ uses only the public headers (verstka/) and its own`;
      else if (program) why = `${top}/ is a program, not a layer`;
      else why = layerBreach(modules, role.folder, top);
      if (why) breaches.push(`${at}: ${why}`);
    }
  }
  return breaches;
}

/// The tracked and new (not ignored) C++ files of the repository at `root`.
export function repositoryFiles(root) {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--',
    'src', 'include', 'bindings', 'tests'], { cwd: root, encoding: 'utf8' });
  const files = new Map();
  for (const path of listed.split('\n')) {
    if (!/\.(c|cc|cpp|h|hpp|inc)(\.in)?$/.test(path)) continue;
    try {
      files.set(path, readFileSync(join(root, path), 'utf8'));
    } catch {
      // listed but deleted in the working tree
    }
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? join(new URL('.', import.meta.url).pathname, '..');
  const files = repositoryFiles(root);
  const breaches = checkLayers(files, readFileSync(join(root, 'CMakeLists.txt'), 'utf8'));
  for (const breach of breaches) console.error(breach);
  if (breaches.length) {
    console.error(`check-layers: ${breaches.length} include(s) against the layer order (docs/architecture.md)`);
    process.exit(1);
  }
  console.log(`check-layers: ${files.size} files keep the layer order`);
}
