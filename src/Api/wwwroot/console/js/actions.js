// The rule action ("then") as a form: one action type and its fields, read back as RuleActionInput.
import { h, clear } from './dom.js';

const ENUMS = {
  dimension: ['FIT', 'ENGAGEMENT', 'BID'],
  setStage: ['NEW', 'NURTURE', 'MQL', 'SQL', 'DISQUALIFIED'],
  decide: ['BID', 'NO_BID', 'REVIEW'],
  tag: ['ACQUIRE', 'RETAIN', 'DEVELOP', 'WIN_BACK', 'REDUCE'],
  setGrade: ['A', 'B', 'C', 'D'],
};

const TYPES = [
  ['addPoints', 'Add points'], ['route', 'Route to team'], ['setStage', 'Set stage'], ['nurture', 'Nurture track'],
  ['decide', 'Bid decision'], ['tag', 'Tag strategy'], ['setGrade', 'Set grade'], ['createSuspectAccount', 'Create suspect account'],
];

const DEFAULT_TYPE = { LEAD_SCORING: 'addPoints', LEAD_ROUTING: 'route', TENDER_EVALUATION: 'addPoints', CUSTOMER_STRATEGY: 'tag' };

function select(id, values, value) {
  return h('select', { id }, values.map((v) => h('option', { value: v, selected: v === value }, v)));
}

/** Mounts the form; then: the rule's action as the API returns it (or null for a new rule). */
export function actionForm({ kind, then, readOnly, onChange }) {
  const current = then ? TYPES.map(([t]) => t).find((t) => then[t] !== null && then[t] !== undefined && then[t] !== false) : null;
  const type = select('action-type', TYPES.map(([t]) => t), current ?? DEFAULT_TYPE[kind]);
  for (const option of type.options) option.textContent = TYPES.find(([t]) => t === option.value)[1];
  const fields = h('span', { class: 'action-fields' });
  const box = h('fieldset', { class: 'action-form', id: 'action-form', disabled: readOnly }, h('legend', {}, 'Then'), h('label', {}, 'Action ', type), fields);

  const draw = (value) => {
    const t = type.value;
    clear(fields);
    if (t === 'addPoints') {
      fields.append(
        h('label', {}, 'Dimension ', select('action-dimension', ENUMS.dimension, value?.dimension ?? (kind === 'TENDER_EVALUATION' ? 'BID' : 'FIT'))),
        h('label', {}, 'Points ', h('input', { id: 'action-points', type: 'number', step: 1, value: value?.points ?? 10 })),
        h('label', {}, 'Cap ', h('input', { id: 'action-cap', type: 'number', step: 1, placeholder: 'none', value: value?.cap ?? '' })));
    } else if (t === 'route') {
      fields.append(
        h('label', {}, 'Team ', h('input', { id: 'action-team', type: 'text', value: value?.team ?? '' })),
        h('label', {}, 'SLA hours ', h('input', { id: 'action-sla', type: 'number', step: 1, placeholder: 'default', value: value?.slaHours ?? '' })));
    } else if (t === 'nurture') {
      fields.append(h('label', {}, 'Track ', h('input', { id: 'action-track', type: 'text', value: value ?? '' })));
    } else if (t === 'createSuspectAccount') {
      fields.append(h('span', { class: 'muted' }, 'Creates an account for an unknown company.'));
    } else {
      fields.append(h('label', {}, 'Value ', select('action-value', ENUMS[t], value)));
    }
  };
  type.addEventListener('change', () => { draw(null); onChange(); });
  box.addEventListener('input', (e) => { if (e.target !== type) onChange(); });
  draw(current ? then[current] : null);

  const num = (id) => {
    const v = box.querySelector(`#${id}`)?.value;
    return v === '' || v === undefined ? null : Number(v);
  };
  return {
    element: box,
    value() {
      const t = type.value;
      if (t === 'addPoints') {
        const value = { dimension: box.querySelector('#action-dimension').value, points: num('action-points') ?? 0 };
        if (num('action-cap') !== null) value.cap = num('action-cap');
        return { addPoints: value };
      }
      if (t === 'route') {
        const value = { team: box.querySelector('#action-team').value };
        if (num('action-sla') !== null) value.slaHours = num('action-sla');
        return { route: value };
      }
      if (t === 'nurture') return { nurture: box.querySelector('#action-track').value };
      if (t === 'createSuspectAccount') return { createSuspectAccount: true };
      return { [t]: box.querySelector('#action-value').value };
    },
  };
}
