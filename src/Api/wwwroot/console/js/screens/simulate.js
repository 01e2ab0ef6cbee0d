// Simulate: the draft next to the running version over stored data with a filter; distributions before and
// after, the number changed, and the changed subjects with both explanations.
import { query, KINDS, KIND_LABELS } from '../api.js';
import { h, clear, dataTable, add, fill } from '../dom.js';
import { groupedBars } from '../charts.js';
import { hitList, kindSelect } from '../explain.js';

const OUTCOME = 'total grade stage route decision pyramidTier relationshipStage strategies hits { ruleName points applied effect }';
const DIST = 'scores { key count } grades { key count } stages { key count } routes { key count } decisions { key count } strategies { key count }';
const SOURCES = ['', 'WEB_FORM', 'WEBINAR', 'DOWNLOAD', 'ADVERT', 'COLD_CALL', 'COLD_EMAIL', 'EVENT', 'REFERRAL', 'TENDER', 'OTHER'];

export async function render(container, { params }) {
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'LEAD_SCORING';
  const isLead = kind.startsWith('LEAD');
  const filter = { country: params.get('country') ?? '', source: params.get('source') ?? '', text: params.get('text') ?? '' };
  const go = (changes) => { location.hash = `#/simulate?${new URLSearchParams({ kind, ...filter, ...changes })}`; };

  const country = h('input', { id: 'filter-country', type: 'text', placeholder: 'e.g. Netherlands', value: filter.country });
  const source = h('select', { id: 'filter-source' }, SOURCES.map((s) => h('option', { value: s, selected: s === filter.source }, s || 'any source')));
  const text = h('input', { id: 'filter-text', type: 'text', placeholder: kind === 'TENDER_EVALUATION' ? 'title contains' : 'name contains', value: filter.text });
  const form = h('form', { class: 'card filters', id: 'simulate-form', on: { submit: (e) => { e.preventDefault(); go({ country: country.value, source: source.value, text: text.value, run: '1' }); } } },
    h('label', {}, 'Rule set ', kindSelect(KINDS, kind, KIND_LABELS, (k) => { location.hash = `#/simulate?kind=${k}`; })),
    isLead ? [h('label', {}, 'Country ', country), h('label', {}, 'Source ', source)] : h('label', {}, 'Filter ', text),
    h('button', { type: 'submit', class: 'primary', id: 'run-simulation' }, 'Simulate draft'));
  fill(container, h('h2', {}, 'Simulate the draft on stored data'), form);
  if (params.get('run') !== '1') {
    add(container, h('p', { class: 'muted' }, 'Nothing changes: the draft is evaluated next to the running version and compared.'));
    return;
  }

  const where = {};
  if (filter.country) where.country = { eq: filter.country };
  if (filter.source) where.source = { eq: filter.source };
  const variables = { kind, first: 25 };
  if (isLead && Object.keys(where).length) variables.where = where;
  if (kind === 'TENDER_EVALUATION' && filter.text) variables.tenderWhere = { title: { contains: filter.text } };
  if (kind === 'CUSTOMER_STRATEGY' && filter.text) variables.accountWhere = { name: { contains: filter.text } };
  const data = await query(`query($kind: RuleSetKind!, $where: LeadFilterInput, $tenderWhere: TenderFilterInput, $accountWhere: AccountFilterInput, $first: Int) {
    simulateRuleSet(kind: $kind, where: $where, tenderWhere: $tenderWhere, accountWhere: $accountWhere, first: $first) {
      publishedVersion evaluated changed before { ${DIST} } after { ${DIST} }
      changes { id before { ${OUTCOME} } after { ${OUTCOME} } } errors { message ruleName position part } } }`, variables);
  const sim = data.simulateRuleSet;
  if (sim.errors.length) {
    add(container, h('div', { class: 'card error', id: 'simulate-errors' }, h('h3', {}, 'The draft does not compile'),
      h('ul', {}, sim.errors.map((e) => h('li', {}, `${e.ruleName ?? e.part}: ${e.message}`)))));
    return;
  }
  const names = await subjectNames(kind, sim.changes.map((c) => c.id));
  const chart = (title, key) => groupedBars(title, [{ label: `running v${sim.publishedVersion}`, buckets: sim.before[key] }, { label: 'draft', buckets: sim.after[key] }]);
  const charts = isLead
    ? [chart('Score', 'scores'), chart('Grade', 'grades'), chart('Stage', 'stages'), chart('Route', 'routes')]
    : kind === 'TENDER_EVALUATION' ? [chart('Bid score', 'scores'), chart('Decision', 'decisions'), chart('Route', 'routes')] : [chart('Strategy tags', 'strategies')];
  // Both explanations, each with the hits the other side does not have identically (the rest is counted, not listed).
  const key = (x) => `${x.ruleName}|${x.points}|${x.applied}|${x.effect}`;
  const side = (o, other) => {
    const theirs = new Set(other.hits.map(key));
    const differing = o.hits.filter((x) => !theirs.has(key(x)));
    return h('div', {},
      h('div', { class: 'outcome' }, [o.total ?? '', o.grade, o.stage, o.route, o.decision, o.strategies.join(', ')].filter((x) => x !== null && x !== '').join(' · ')),
      differing.length ? hitList(differing) : null,
      o.hits.length > differing.length ? h('small', { class: 'muted' }, `${o.hits.length - differing.length} more rules fired the same on both sides`) : null);
  };
  add(container, 
    h('div', { class: 'summary' },
      h('div', { class: 'figure' }, h('span', { class: 'big', id: 'sim-evaluated' }, String(sim.evaluated)), ' evaluated'),
      h('div', { class: 'figure' }, h('span', { class: 'big', id: 'sim-changed' }, String(sim.changed)), ' changed'),
      h('div', { class: 'figure muted' }, `draft vs running v${sim.publishedVersion}`)),
    h('div', { class: 'charts', id: 'sim-charts' }, charts),
    h('h3', {}, `Changed (first ${sim.changes.length} of ${sim.changed})`),
    dataTable([
      { key: 'id', label: 'Id', num: true, render: (c) => (isLead ? h('a', { href: `#/leads/${c.id}` }, String(c.id)) : String(c.id)) },
      { key: 'name', label: 'Name', value: (c) => names.get(c.id) ?? '' },
      { key: 'delta', label: 'Δ', num: true, value: (c) => (c.after.total ?? 0) - (c.before.total ?? 0) },
      { key: 'before', label: 'Running', value: (c) => c.before.total, render: (c) => side(c.before, c.after) },
      { key: 'after', label: 'Draft', value: (c) => c.after.total, render: (c) => side(c.after, c.before) },
    ], sim.changes, { id: 'changes-table', empty: 'The draft changes nothing here.' }));
}

async function subjectNames(kind, ids) {
  if (!ids.length) return new Map();
  if (kind.startsWith('LEAD')) {
    const d = await query('query($ids: [Int!]) { leads(where: { id: { in: $ids } }, first: 50) { nodes { id firstName lastName company } } }', { ids });
    return new Map(d.leads.nodes.map((l) => [l.id, [[l.firstName, l.lastName].filter(Boolean).join(' '), l.company].filter(Boolean).join(', ')]));
  }
  if (kind === 'TENDER_EVALUATION') {
    const d = await query('query($ids: [Int!]) { tenders(where: { id: { in: $ids } }, first: 50) { nodes { id title } } }', { ids });
    return new Map(d.tenders.nodes.map((t) => [t.id, t.title]));
  }
  const d = await query('query($ids: [Int!]) { accounts(where: { id: { in: $ids } }, first: 50) { nodes { id name } } }', { ids });
  return new Map(d.accounts.nodes.map((a) => [a.id, a.name]));
}
