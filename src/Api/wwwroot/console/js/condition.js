// The condition editor: a textarea over a highlighted copy of its text (same font and size, so they line up),
// completion of fact members after "Fact.", and the validation error underlined at its position.
import { h, clear, fill } from './dom.js';

const KEYWORDS = new Set(['in', 'and', 'or', 'not', 'true', 'false', 'null']);
const TOKEN = /("(?:[^"\\]|\\.)*"?)|('(?:[^'\\]|\\.)*'?)|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(&&|\|\||==|!=|>=|<=|[<>!()+\-*/%,.])|(\s+)|(.)/g;

/** Splits condition text into [{ text, kind, start }] (kind: string, number, fact, member, keyword, operator, space, other). */
export function tokenize(text, facts) {
  const tokens = [];
  let m, previous = null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text)) !== null) {
    const [all, dq, sq, num, ident, op, space] = m;
    let kind = 'other';
    if (dq !== undefined || sq !== undefined) kind = 'string';
    else if (num !== undefined) kind = 'number';
    else if (ident !== undefined) {
      if (previous?.text === '.') kind = 'member';
      else if (facts.has(ident)) kind = 'fact';
      else if (KEYWORDS.has(ident.toLowerCase())) kind = 'keyword';
      else kind = 'name';
    } else if (op !== undefined) kind = 'operator';
    else if (space !== undefined) kind = 'space';
    const token = { text: all, kind, start: m.index };
    tokens.push(token);
    if (kind !== 'space') previous = token;
  }
  return tokens;
}

/**
 * Mounts the editor; fields: [{ fact, name, path, type, values }].
 * Returns { textarea, value(), set(text), showError(position, message), clearError() }.
 */
export function conditionEditor({ value = '', fields = [], readOnly = false, onInput = () => {} }) {
  const facts = new Set(fields.map((f) => f.fact));
  const textarea = h('textarea', {
    class: 'code-input', id: 'rule-when', spellcheck: 'false', autocomplete: 'off', rows: 4,
    'aria-label': 'Condition (when)', readonly: readOnly || undefined,
  });
  textarea.value = value;
  const highlight = h('pre', { class: 'code-highlight', 'aria-hidden': 'true' });
  const menu = h('ul', { class: 'completion', role: 'listbox', hidden: true });
  const box = h('div', { class: 'code-editor' }, highlight, textarea, menu);
  let error = null;
  let items = [], active = 0, replaceFrom = 0;

  const paint = () => {
    const text = textarea.value;
    clear(highlight);
    const errorAt = error ? Math.max(0, Math.min(text.length, error.position - 1)) : -1;
    for (const token of tokenize(text, facts)) {
      const end = token.start + token.text.length;
      const hit = errorAt >= token.start && errorAt < end && token.kind !== 'space';
      highlight.append(h('span', { class: [`t-${token.kind}`, hit && 'error-mark'], title: hit ? error.message : undefined }, token.text));
    }
    if (error && errorAt >= text.trimEnd().length) highlight.append(h('span', { class: 'error-mark eol', title: error.message }, ' '));
    highlight.append('\n');
    highlight.scrollTop = textarea.scrollTop;
  };

  const closeMenu = () => { menu.hidden = true; items = []; };
  const pick = (item) => {
    const text = textarea.value;
    const caret = textarea.selectionStart;
    textarea.value = text.slice(0, replaceFrom) + item.insert + text.slice(caret);
    const at = replaceFrom + item.insert.length;
    textarea.setSelectionRange(at, at);
    closeMenu();
    paint();
    onInput(textarea.value);
    textarea.focus();
  };
  const renderMenu = () => {
    fill(menu, ...items.map((item, i) => h('li', {
      role: 'option', class: i === active ? 'active' : undefined, 'aria-selected': i === active ? 'true' : 'false',
      on: { mousedown: (e) => { e.preventDefault(); pick(item); } },
    }, h('b', {}, item.label), h('span', { class: 'muted' }, ` ${item.detail}`))));
    menu.hidden = items.length === 0;
  };
  const complete = () => {
    const caret = textarea.selectionStart;
    const before = textarea.value.slice(0, caret);
    const member = /([A-Za-z_]+)\.([A-Za-z0-9_]*)$/.exec(before);
    if (member && facts.has(member[1])) {
      replaceFrom = caret - member[2].length;
      const prefix = member[2].toLowerCase();
      items = fields.filter((f) => f.fact === member[1] && f.name.toLowerCase().startsWith(prefix))
        .map((f) => ({ label: f.name, insert: f.name, detail: f.values.length ? `one of ${f.values.join(', ')}` : f.type }));
    } else {
      const word = /(^|[^A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)$/.exec(before);
      if (word) {
        replaceFrom = caret - word[2].length;
        items = [...facts].filter((f) => f.toLowerCase().startsWith(word[2].toLowerCase()) && f !== word[2])
          .map((f) => ({ label: f, insert: `${f}.`, detail: 'fact' }));
      } else items = [];
    }
    active = 0;
    renderMenu();
  };

  if (!readOnly) {
    textarea.addEventListener('input', () => { error = null; paint(); complete(); onInput(textarea.value); });
    textarea.addEventListener('keydown', (e) => {
      if (menu.hidden) {
        if (e.key === ' ' && e.ctrlKey) { e.preventDefault(); complete(); }
        return;
      }
      if (e.key === 'ArrowDown') { e.preventDefault(); active = (active + 1) % items.length; renderMenu(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); active = (active - 1 + items.length) % items.length; renderMenu(); }
      else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); pick(items[active]); }
      else if (e.key === 'Escape') closeMenu();
    });
    textarea.addEventListener('blur', () => setTimeout(closeMenu, 100));
  }
  textarea.addEventListener('scroll', () => { highlight.scrollTop = textarea.scrollTop; });
  paint();

  return {
    element: box,
    textarea,
    value: () => textarea.value,
    set(text) { textarea.value = text; error = null; paint(); },
    showError(position, message) { error = { position: position ?? 1, message }; paint(); },
    clearError() { error = null; paint(); },
  };
}
