// Rule sets: the four kinds with published, running and draft state; the selected kind's draft rules as a table.
import { query, KINDS, KIND_LABELS, RULE, PUBLISHED_RULE } from '../api.js';
import { h, clear, dataTable, fmtDate, fill } from '../dom.js';
import { diffRules } from '../diff.js';

const QUERY = `{ ${KINDS.map((k) => `${k}: ruleSet(kind: ${k}) { kind runningVersion
  publishedVersion { number publishedAt publishedBy rules { ${PUBLISHED_RULE} } } draft { rules { ${RULE} } } }`).join('\n')} }`;

export async function render(container, { params, session }) {
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'LEAD_SCORING';
  const data = await query(QUERY);
  const cards = KINDS.map((k) => {
    const set = data[k];
    const diff = diffRules(set.publishedVersion?.rules ?? [], set.draft.rules);
    const differs = !diff.same;
    return h('a', { class: ['card', 'kind-card', k === kind && 'selected'], href: `#/rules?kind=${k}`, id: `kind-${k}` },
      h('h3', {}, KIND_LABELS[k]),
      h('dl', {},
        h('dt', {}, 'published'), h('dd', {}, set.publishedVersion ? `v${set.publishedVersion.number}` : 'none'),
        h('dt', {}, 'running'), h('dd', {}, `v${set.runningVersion}`),
        h('dt', {}, 'draft'), h('dd', { class: differs ? 'warn' : 'ok', dataset: { differs: String(differs) } },
          `${set.draft.rules.length} rules, ${differs ? `differs (+${diff.added.length} −${diff.removed.length} ~${diff.changed.length})` : 'same as published'}`)));
  });

  const rules = data[kind].draft.rules;
  const columns = [
    { key: 'name', label: 'Name', render: (r) => h('a', { href: `#/editor?kind=${kind}&id=${r.id}`, class: 'rule-name' }, r.name) },
    { key: 'when', label: 'When', class: 'code', value: (r) => r.when },
    { key: 'then', label: 'Then', value: (r) => r.then.description },
    { key: 'priority', label: 'Priority', num: true },
    { key: 'enabled', label: 'Enabled', value: (r) => (r.enabled ? 'yes' : 'no') },
    { key: 'changedBy', label: 'Changed by' },
    { key: 'changedAt', label: 'Changed at', value: (r) => fmtDate(r.changedAt) },
  ];
  if (session.canEdit) {
    columns.push({
      key: 'actions', label: '', sortable: false, value: () => '',
      render: (r) => h('span', { class: 'row-actions' },
        h('a', { href: `#/editor?kind=${kind}&id=${r.id}`, class: 'button small edit-control' }, 'Edit'),
        r.enabled ? h('button', { type: 'button', class: 'small edit-control', on: { click: () => mutate('disableScoringRule', r, container, session, params) } }, 'Disable') : null,
        h('button', { type: 'button', class: 'small danger edit-control', on: { click: () => { if (confirm(`Delete the draft rule "${r.name}"?`)) mutate('deleteScoringRule', r, container, session, params); } } }, 'Delete')),
    });
  }

  fill(container, 
    h('div', { class: 'kind-cards' }, cards),
    h('div', { class: 'toolbar' },
      h('h2', {}, `${KIND_LABELS[kind]}: draft rules`),
      session.canEdit ? h('a', { class: 'button primary edit-control', href: `#/editor?kind=${kind}`, id: 'new-rule' }, 'New rule') : h('span', { class: 'muted', id: 'read-only-note' }, 'Read-only: your role cannot edit rules.'),
      h('p', { class: 'error', id: 'rules-error', role: 'alert' })),
    dataTable(columns, rules, { id: 'rules-table', initialSort: { key: 'priority', desc: true } }));
}

async function mutate(name, rule, container, session, params) {
  const result = await query(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { errors { ... on Error { message } } } }`,
    { input: { id: rule.id, expectedVersion: rule.version } });
  const errors = result[name].errors;
  if (errors?.length) {
    container.querySelector('#rules-error').textContent = errors.map((e) => e.message).join('; ');
    return;
  }
  await render(container, { params, session });
}
