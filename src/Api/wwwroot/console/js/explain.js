// Explanations: a list of rule hits with points and whether each applied.
import { h } from './dom.js';

export function hitList(hits, { highlight } = {}) {
  if (!hits.length) return h('p', { class: 'muted' }, 'No rule fired.');
  return h('ul', { class: 'hits' }, hits.map((x) => h('li', { class: [x.applied === false && 'not-applied', x.ruleName === highlight && 'this-rule'] },
    h('span', { class: 'hit-name' }, x.ruleName),
    h('span', { class: 'num' }, x.points ? (x.points > 0 ? `+${x.points}` : String(x.points)) : ''),
    x.effect ? h('span', { class: 'muted' }, ` ${x.effect}`) : null,
    x.applied === false ? h('span', { class: 'tag' }, 'not applied') : null)));
}

export function kindSelect(kinds, value, labels, onChange) {
  return h('select', { id: 'kind', 'aria-label': 'Rule set', on: { change: (e) => onChange(e.target.value) } },
    kinds.map((k) => h('option', { value: k, selected: k === value }, labels[k])));
}
