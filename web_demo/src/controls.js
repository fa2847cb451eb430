// The settings form (layout, width, theme, typography switches, rule groups) and the view tabs.
import { typographyRules } from 'verstka';
import { $, h } from './dom.js';
import { state } from './state.js';

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const groupBox = (form, group) => form.querySelector(`input[name="group"][value="${CSS.escape(group)}"]`);

/** Reads the form into `state.settings`. */
export function readControls() {
  const { elements } = $('#controls');
  const settings = state.settings;
  for (const key of ['layout', 'width', 'theme']) settings[key] = elements[key].value;
  for (const key of ['typography', 'entities', 'jsonLd', 'hyphenation', 'show']) settings[key] = elements[key].checked;
  settings.disabled = state.groups.filter((group) => !groupBox($('#controls'), group).checked);
}

/** Shows `state.settings` in the form. */
export function writeControls() {
  const form = $('#controls');
  const settings = state.settings;
  for (const key of ['layout', 'width', 'theme']) form.elements[key].value = settings[key];
  for (const key of ['typography', 'entities', 'jsonLd', 'hyphenation', 'show']) form.elements[key].checked = settings[key];
  for (const box of form.querySelectorAll('input[name="group"]')) box.checked = !settings.disabled.includes(box.value);
}

/** Applies the settings that need no render: theme, preview width, what is enabled. */
export function applyAppearance() {
  const settings = state.settings;
  document.documentElement.dataset.theme = settings.theme;
  // The frame's own colour scheme stays light (so its canvas stays transparent); "Auto" is
  // resolved here from the reader's system setting.
  state.preview.stage.dataset.vkTheme = settings.theme === 'auto' ? (systemDark.matches ? 'dark' : 'light') : settings.theme;
  $('#preview').dataset.width = settings.width;
  $('#preview-size').textContent = settings.width === 'narrow' ? 'Mobile · 375 px' : 'Desktop · up to 760 px';
  for (const box of document.querySelectorAll('input[name="group"]')) box.disabled = !settings.typography;
  $('#rules-summary-count').textContent = settings.typography
    ? `${state.groups.length - settings.disabled.length}/${state.groups.length}`
    : 'off';
  $('#legend').hidden = !settings.show;
}

/** Follows the reader's system theme while the setting is "Auto". */
export const watchSystemTheme = () => systemDark.addEventListener('change', applyAppearance);

/** One switch per typography rule group, in engine order. */
export function buildRuleGroups() {
  let rules = [];
  try { rules = typographyRules(); } catch { rules = []; }
  const groups = new Map();
  for (const rule of rules) {
    const group = rule.id.split('/')[0];
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(rule);
  }
  state.groups = [...groups.keys()];
  const list = $('#rule-groups');
  list.replaceChildren();
  if (!state.groups.length) list.append(h('p', { className: 'muted' }, 'The engine reports no rules.'));
  for (const [group, members] of groups) {
    list.append(h('label', { className: 'check', title: members.map((r) => `${r.id} — ${r.titleEn || r.titleRu}`).join('\n') },
      h('input', { type: 'checkbox', name: 'group', value: group, checked: true }),
      h('span', { className: 'check__text' }, group),
      h('span', { className: 'badge', 'aria-label': `${members.length} rules` }, String(members.length)),
      h('span', { className: 'check__note' }, members.map((r) => r.id.slice(group.length + 1)).join(', '))));
  }
}

/** The rule-group popover closes like a menu: Escape, or a click elsewhere. */
export function setupRulesPopover() {
  const rules = $('.rules');
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && rules.open) {
      rules.open = false;
      if (rules.contains(document.activeElement)) rules.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', (event) => { if (rules.open && !rules.contains(event.target)) rules.open = false; });
}

/** Shows the tab panel of `view` ('preview', 'diff', 'html'); `onShow(view)` follows. */
export function selectView(view, { focus = false, onShow = () => {} } = {}) {
  state.settings.view = view;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !selected;
  }
  onShow(view);
}

/** Tabs work by click and by the arrow, Home and End keys. */
export function setupTabs(onShow) {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => selectView(tab.dataset.view, { onShow }));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      let next = null;
      if (step) next = tabs[(index + step + tabs.length) % tabs.length];
      if (event.key === 'Home') next = tabs[0];
      if (event.key === 'End') next = tabs[tabs.length - 1];
      if (next) {
        event.preventDefault();
        selectView(next.dataset.view, { focus: true, onShow });
      }
    });
  });
}
