// Completion from the article's JSON Schema (schema/article.schema.json, the format's
// contract): property names for the object under the cursor (a body block's fields follow its
// "type"), and the allowed values of enum properties. Descriptions show as completion info.
import { syntaxTree } from '@codemirror/language';

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function deref(root, schema) {
  let s = schema;
  for (let guard = 0; s && s.$ref && guard < 16; guard++) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    const { $ref, ...rest } = s;
    s = { ...(root.$defs || {})[name], ...rest };
  }
  return s || null;
}

function text(state, node) {
  return state.sliceDoc(node.from, node.to);
}

function keyOf(state, property) {
  const name = property.getChild('PropertyName');
  if (!name) return null;
  try { return JSON.parse(text(state, name)); } catch { return null; }
}

function valueOf(property) {
  for (let c = property.lastChild; c; c = c.prevSibling) if (VALUE_NODES.has(c.name)) return c;
  return null;
}

// The steps from the document's root value down to `node`: {key} or {index}, each with the
// container node that holds it (needed to choose a oneOf branch by the object's "type").
function stepsTo(state, node) {
  const steps = [];
  for (let n = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (p.name === 'Property') {
      steps.unshift({ key: keyOf(state, p), container: p.parent });
    } else if (p.name === 'Array') {
      let index = 0;
      for (let c = p.firstChild; c && c.from < n.from; c = c.nextSibling) if (VALUE_NODES.has(c.name)) index++;
      steps.unshift({ index, container: p });
    }
  }
  return steps;
}

// An object schema with a oneOf: the branch whose "type" const matches the object's "type"
// in the text, or all branches' properties together when the type is not known yet.
function branch(root, schema, state, objectNode) {
  if (!schema || !schema.oneOf) return schema;
  let type;
  if (objectNode) {
    for (const p of objectNode.getChildren('Property')) {
      if (keyOf(state, p) !== 'type') continue;
      const v = valueOf(p);
      try { type = v ? JSON.parse(text(state, v)) : undefined; } catch { type = undefined; }
    }
    // While a new key is being typed the parser's error recovery may swallow "type": look
    // for it in the object's text too.
    if (type === undefined) {
      const found = /"type"\s*:\s*"([a-z]+)"/.exec(text(state, objectNode));
      if (found) type = found[1];
    }
  }
  const branches = schema.oneOf.map((b) => deref(root, b));
  const chosen = branches.filter((b) => b && b.properties && b.properties.type && b.properties.type.const === type);
  const used = chosen.length ? chosen : branches;
  // The branches' fields, with the common schema's own on top ("type": every block type).
  const properties = {};
  for (const b of used) Object.assign(properties, b.properties || {});
  Object.assign(properties, schema.properties || {});
  const required = chosen.length ? chosen[0].required || [] : schema.required || [];
  return { ...schema, properties, required };
}

function schemaFor(root, state, steps) {
  let s = deref(root, root);
  for (const step of steps) {
    s = branch(root, s, state, step.container && step.container.name === 'Object' ? step.container : null);
    if (!s) return null;
    if (step.key !== undefined) s = s.properties ? deref(root, s.properties[step.key]) : null;
    else s = s.items ? deref(root, s.items) : null;
    if (!s) return null;
  }
  return s;
}

function keyOptions(root, state, objectNode, steps) {
  const s = branch(root, schemaFor(root, state, steps), state, objectNode);
  if (!s || !s.properties) return [];
  const present = new Set(objectNode.getChildren('Property').map((p) => keyOf(state, p)));
  const required = new Set(s.required || []);
  return Object.entries(s.properties)
    .filter(([key]) => key !== '$schema' && !present.has(key))
    .map(([key, prop]) => {
      const p = deref(root, prop) || {};
      return {
        label: JSON.stringify(key),
        type: 'property',
        detail: required.has(key) ? 'required' : undefined,
        info: p.description,
        boost: required.has(key) ? 1 : 0,
      };
    });
}

function valueOptions(root, state, propertyNode) {
  const steps = stepsTo(state, propertyNode.parent);
  const parent = branch(root, schemaFor(root, state, steps), state, propertyNode.parent);
  const key = keyOf(state, propertyNode);
  const p = parent && parent.properties ? deref(root, parent.properties[key]) : null;
  if (!p) return [];
  const values = p.enum || ('const' in p ? [p.const] : p.type === 'boolean' ? [true, false] : []);
  return values.map((v) => ({ label: JSON.stringify(v), type: 'enum', info: p.description }));
}

/// A CodeMirror completion source for JSON documents described by `root` (a JSON Schema).
export function schemaCompletion(root) {
  return (context) => {
    const { state, pos } = context;
    const node = syntaxTree(state).resolveInner(pos, -1);
    // Typing a property name: "ti|"
    if (node.name === 'PropertyName') {
      const property = node.parent;
      const object = property && property.parent;
      if (!object || object.name !== 'Object') return null;
      const options = keyOptions(root, state, object, stepsTo(state, object));
      const after = state.sliceDoc(node.to, node.to + 3);
      const colon = /^\s*:/.test(after) ? '' : ': ';
      return { from: node.from, to: node.to, options: options.map((o) => ({ ...o, apply: o.label + colon })), validFor: /^"[^"]*"?$/ };
    }
    // Typing a value: "type": "he|"
    if (VALUE_NODES.has(node.name) && node.parent && node.parent.name === 'Property' && node.name !== 'Object' && node.name !== 'Array') {
      const options = valueOptions(root, state, node.parent);
      // Asked for (Ctrl-Space): every allowed value; while typing: those that match.
      return options.length ? { from: node.from, to: node.to, options, filter: !context.explicit, validFor: /^"?[^"]*"?$/ } : null;
    }
    if (!context.explicit) return null;
    // Ctrl-Space in an empty spot of an object, or right after a property's colon.
    if (node.name === 'Object' || node.name === '{' || node.name === ',') {
      const object = node.name === 'Object' ? node : node.parent;
      if (!object || object.name !== 'Object') return null;
      const options = keyOptions(root, state, object, stepsTo(state, object));
      return { from: pos, options: options.map((o) => ({ ...o, apply: `${o.label}: ` })) };
    }
    if (node.name === ':' && node.parent && node.parent.name === 'Property') {
      const options = valueOptions(root, state, node.parent);
      return options.length ? { from: pos, options: options.map((o) => ({ ...o, apply: ` ${o.label}` })) } : null;
    }
    return null;
  };
}
