// Character diff (Myers, O((N+M)·D)) for the typography views: which characters of the
// typeset text were inserted or replaced, and which of the source were removed.

const MAX_EDITS = 2000;

/// {removed: Uint8Array(a.length), added: Uint8Array(b.length)}; 1 marks a changed character.
/// When the texts differ too much to diff cheaply, every character counts as changed.
export function diffChars(a, b) {
  const removed = new Uint8Array(a.length);
  const added = new Uint8Array(b.length);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 && m === 0) return { removed, added };
  if (n === 0 || m === 0) {
    removed.fill(1, start, endA);
    added.fill(1, start, endB);
    return { removed, added };
  }
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, d, n, m, start, removed, added);
        return { removed, added };
      }
    }
  }
  removed.fill(1, start, endA);
  added.fill(1, start, endB);
  return { removed, added };
}

function backtrack(trace, D, n, m, start, removed, added) {
  let x = n;
  let y = m;
  for (let d = D; d > 0; d--) {
    const snapshot = trace[d];  // v before step d, stored for k in [-d-1, d+1]
    const at = (k) => snapshot[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; }
    if (prevK === k + 1) added[start + prevY] = 1;
    else removed[start + prevX] = 1;
    x = prevX;
    y = prevY;
  }
}
