// The test build of the package (scripts/assemble-dist.mjs writes it next to the wasm build):
// dist/ as published plus internals() (the wasm memory size, the live Embind handles, a heap
// wrecker), for the tests that look inside the instance. Import the API from here too, so that
// internals() sees the instance the calls run on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT } from './api-support.mjs';

export const TESTING_DIST = process.env.VERSTKA_TESTING_DIST || join(ROOT, 'build-wasm/dist-testing');
if (!existsSync(join(TESTING_DIST, 'core.js'))) {
  throw new Error(`${TESTING_DIST} is missing: run \`npm run build\` (scripts/assemble-dist.mjs writes it)`);
}

const api = await import(pathToFileURL(join(TESTING_DIST, 'node.js')).href);
const core = await import(pathToFileURL(join(TESTING_DIST, 'core.js')).href);

export const { init, initSync, renderArticle, validateArticle, typograph, typographyRules, version } = api;
export const { internals } = core;
