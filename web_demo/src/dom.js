// The demo's two DOM helpers: `$` finds an element of the page, `h` builds one.

/** The first element matching `selector` (in the page, or under `root`). */
export const $ = (selector, root = document) => root.querySelector(selector);

/**
 * A new element: `h('button', { className: 'diag', type: 'button', dataset: { index: '1' },
 * 'aria-label': '…', onClick }, child, …)`. Properties the element has are set as properties,
 * `on…` functions become listeners, other keys become attributes; children are nodes or text
 * (null and false are skipped). Text is never parsed as HTML.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key in element && !key.includes('-')) element[key] = value;
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== false && child !== undefined) element.append(child);
  }
  return element;
}
