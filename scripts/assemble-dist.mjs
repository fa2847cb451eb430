// Assembles the npm package's dist/ from the wasm build, the JS wrapper and the stylesheet.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await copyFile(join(root, 'build-wasm/verstka.mjs'), join(dist, 'verstka-core.mjs'));
await copyFile(join(root, 'build-wasm/verstka.wasm'), join(dist, 'verstka.wasm'));
await copyFile(join(root, 'styles/verstka.css'), join(dist, 'verstka.css'));
for (const name of await readdir(join(root, 'bindings/js'))) {
  if (/\.(m?js|d\.ts|cjs)$/.test(name)) await copyFile(join(root, 'bindings/js', name), join(dist, name));
}
console.log('dist/ assembled');
