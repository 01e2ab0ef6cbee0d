// Explanations: a list of rule hits with points and whether each applied.
import { h } from './dom.js';

/** RuleHitReason in words. */
export const REASONS = {
  OVERRULED_BY_PRIORITY: 'overruled by a rule of higher priority',
  CAPPED: 'capped',
  DECAYED_TO_ZERO: 'engagement decayed to zero',
  DISQUALIFIED: 'lead disqualified',
  ABOVE_NURTURE_BAR: 'above the nurture bar',
  HAS_ACCOUNT: 'already has an account',
  NO_BID: 'no bid',
};

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
