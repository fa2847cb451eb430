// docs/typography-conformance.md (and docs/typography-rules.md, which includes it) is the report
// `npm run conformance` writes for the corpus and the package as they are: a corpus case added
// without refreshing it once left the tables a case short.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { conformanceReport } from '../../scripts/conformance.mjs';

test('docs/typography-conformance.md is the report npm run conformance writes now', async () => {
  const committed = readFileSync(new URL('../../docs/typography-conformance.md', import.meta.url), 'utf8');
  assert.equal(committed, await conformanceReport(),
    'run `npm run conformance`, then refresh docs/typography-rules.md ' +
    "(VERSTKA_UPDATE_GOLDEN=1 build/tests/test_typography -tc='docs*')");
});
