// How the wrapper hands options to the C++ glue: two integers laid out by the table of
// options.js. The glue's side is generated from this module at build time
// (scripts/generate-options-protocol.mjs), so the two cannot drift apart.
import { OPTIONS } from './options.js';

const specs = Object.values(OPTIONS).flatMap((options) => Object.entries(options));
const namesOf = (type) => [...new Set(specs.filter(([, spec]) => spec.type === type).map(([name]) => name))];

/// The boolean options: bit 2i of `flags` says option i is given, bit 2i + 1 is its value.
export const FLAGS = Object.freeze(namesOf('boolean'));

/// The choice options: field i of `choices` (CHOICE_BITS bits) is 0 when option i is not
/// given, else 1 + the index of its value.
export const CHOICES = Object.freeze(namesOf('choice').map((name) =>
  Object.freeze({ name, values: specs.find(([n]) => n === name)[1].values })));
export const CHOICE_BITS = 4;

const FLAG_INDEX = new Map(FLAGS.map((name, i) => [name, i]));

/// `flags` of an options object already checked against OPTIONS (a plain object). Reads the
/// keys given, not every flag: most calls give none.
export function packFlags(options) {
  let bits = 0;
  for (const name in options) {
    const i = FLAG_INDEX.get(name);
    if (i !== undefined && options[name] !== undefined) bits |= (options[name] ? 3 : 1) << (2 * i);
  }
  return bits >>> 0;
}

/// `choices` of an options object already checked against OPTIONS.
export function packChoices(options) {
  let bits = 0;
  CHOICES.forEach(({ name, values }, i) => {
    if (options[name] !== undefined) bits |= (values.indexOf(options[name]) + 1) << (CHOICE_BITS * i);
  });
  return bits >>> 0;
}
