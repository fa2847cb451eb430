// Where a JSON Pointer points in JSON source text. The engine gives line:column for most
// diagnostics; when it cannot (0:0) the demo still moves the cursor to the right place.
// A tolerant scanner over the editor text: it never throws, and when the pointer names
// something absent it returns the deepest part of the path that exists.

function unescapeToken(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function parsePointer(pointer) {
  if (!pointer || pointer === '/') return pointer === '/' ? [''] : [];
  if (pointer[0] !== '/') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

class Scanner {
  constructor(text) {
    this.text = text;
    this.i = 0;
  }

  ws() {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  peek() {
    return this.text[this.i];
  }

  // Returns the decoded string, or null when the string does not end.
  string() {
    const start = this.i;
    if (this.text[this.i] !== '"') return null;
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === '\\') { this.i += 2; continue; }
      this.i++;
      if (c === '"') {
        try { return JSON.parse(this.text.slice(start, this.i)); } catch { return this.text.slice(start + 1, this.i - 1); }
      }
      if (c === '\n') return null;
    }
    return null;
  }

  // Skips one value; returns false on a syntax problem.
  value() {
    this.ws();
    const c = this.peek();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      this.i++;
      this.ws();
      if (this.peek() === close) { this.i++; return true; }
      for (;;) {
        this.ws();
        if (c === '{') {
          if (this.string() === null) return false;
          this.ws();
          if (this.peek() !== ':') return false;
          this.i++;
        }
        if (!this.value()) return false;
        this.ws();
        const next = this.peek();
        if (next === ',') { this.i++; continue; }
        if (next === close) { this.i++; return true; }
        return false;
      }
    }
    if (c === '"') return this.string() !== null;
    const start = this.i;
    while (this.i < this.text.length && !',]} \t\r\n'.includes(this.text[this.i])) this.i++;
    return this.i > start;
  }
}

// Finds the child value `token` of the container starting at `s.i`; leaves `s.i` at its start.
function findChild(s, token) {
  const open = s.peek();
  if (open !== '{' && open !== '[') return false;
  s.i++;
  let found = -1;
  let index = 0;
  for (;;) {
    s.ws();
    if (s.peek() === (open === '{' ? '}' : ']')) break;
    let match;
    if (open === '{') {
      const key = s.string();
      if (key === null) break;
      s.ws();
      if (s.peek() !== ':') break;
      s.i++;
      s.ws();
      match = key === token;  // the last duplicate wins, as in the parsed document
    } else {
      s.ws();
      match = String(index) === token;
    }
    if (match && s.i < s.text.length) found = s.i;
    if (!s.value()) break;
    index++;
    s.ws();
    if (s.peek() === ',') { s.i++; continue; }
    break;
  }
  if (found < 0) return false;
  s.i = found;
  return true;
}

/// {from, to, exact}: the UTF-16 range of the value the pointer names (or of its deepest
/// existing ancestor, exact=false), in `text`.
export function locatePointer(text, pointer) {
  const tokens = parsePointer(pointer);
  const s = new Scanner(text);
  s.ws();
  let from = s.i;
  let depth = 0;
  for (const token of tokens) {
    const save = s.i;
    if (!findChild(s, token)) { s.i = save; break; }
    from = s.i;
    depth++;
  }
  s.i = from;
  const ok = s.value();
  const to = ok ? s.i : Math.min(text.length, from + 1);
  return { from, to, exact: depth === tokens.length };
}

/// UTF-16 offset of a 1-based line and 1-based column counted in code points (the engine's
/// unit), clamped to the line.
export function offsetOfLineColumn(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  let pos = offset;
  for (let c = 1; c < column && pos < end; c++) {
    const code = text.charCodeAt(pos);
    pos += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return Math.min(pos, end);
}
