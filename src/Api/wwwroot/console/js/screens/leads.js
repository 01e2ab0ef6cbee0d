// Lead explorer: search and filter leads; one lead's "why this score" (every rule of the versions that scored it,
// its points, applied or not and why), decay, route, rep and deadline, engagement timeline, score history; rescore.
import { query, PUBLISHED_RULE } from '../api.js';
import { h, s, clear, dataTable, fmtDate, fill } from '../dom.js';
import { REASONS } from '../explain.js';

const GRADES = ['', 'A', 'B', 'C', 'D'];
const STAGES = ['', 'NEW', 'NURTURE', 'MQL', 'SQL', 'DISQUALIFIED'];

export async function render(container, context) {
  if (context.rest[0]) return detail(container, Number(context.rest[0]), context);
  return list(container, context);
}

async function list(container, { params }) {
  const f = { q: params.get('q') ?? '', grade: params.get('grade') ?? '', stage: params.get('stage') ?? '' };
  const q = h('input', { id: 'lead-search', type: 'search', placeholder: 'name or company', value: f.q });
  const grade = h('select', { id: 'lead-grade' }, GRADES.map((g) => h('option', { value: g, selected: g === f.grade }, g || 'any grade')));
  const stage = h('select', { id: 'lead-stage' }, STAGES.map((g) => h('option', { value: g, selected: g === f.stage }, g || 'any stage')));
  const open = h('input', { id: 'lead-open-id', type: 'number', min: 1, placeholder: 'lead id' });
  const and = [];
  if (f.q) and.push({ or: ['firstName', 'lastName', 'company'].map((k) => ({ [k]: { contains: f.q } })) });
  if (f.grade) and.push({ grade: { eq: f.grade } });
  if (f.stage) and.push({ stage: { eq: f.stage } });
  const data = await query(`query($where: LeadFilterInput) { leads(where: $where, order: [{ totalScore: DESC }, { id: ASC }], first: 50) {
    totalCount nodes { id firstName lastName company country totalScore grade stage routeTeam { name } } } }`, { where: and.length ? { and } : null });
  fill(container, 
    h('h2', {}, 'Lead explorer'),
    h('form', {
      class: 'card filters', id: 'lead-filter',
      on: { submit: (e) => { e.preventDefault(); location.hash = `#/leads?${new URLSearchParams({ q: q.value, grade: grade.value, stage: stage.value })}`; } },
    }, h('label', {}, 'Search ', q), h('label', {}, 'Grade ', grade), h('label', {}, 'Stage ', stage), h('button', { type: 'submit', class: 'primary' }, 'Find')),
    h('form', { class: 'inline', on: { submit: (e) => { e.preventDefault(); if (open.value) location.hash = `#/leads/${Number(open.value)}`; } } }, open, h('button', { type: 'submit' }, 'Open')),
    h('p', { class: 'muted' }, `${data.leads.totalCount} leads, highest score first (first 50)`),
    dataTable([
      { key: 'id', label: 'Id', num: true, render: (l) => h('a', { href: `#/leads/${l.id}`, class: 'lead-link' }, String(l.id)) },
      { key: 'name', label: 'Name', value: (l) => [l.firstName, l.lastName].filter(Boolean).join(' ') },
      { key: 'company', label: 'Company' },
      { key: 'country', label: 'Country' },
      { key: 'totalScore', label: 'Score', num: true },
      { key: 'grade', label: 'Grade' },
      { key: 'stage', label: 'Stage' },
      { key: 'route', label: 'Route', value: (l) => l.routeTeam?.name ?? '' },
    ], data.leads.nodes, { id: 'leads-table' }));
}

async function detail(container, id, context) {
  const { session } = context;
  // RuleHit.applied/reason come with a later API version: ask for them, and without them if this API has none.
  let hitExtra = session.hitsWithoutApplied ? '' : ' applied reason';
  const rules = session.canReadRules
    ? `scoring: ruleSetVersions(kind: LEAD_SCORING) { number rules { ${PUBLISHED_RULE} } }
       routing: ruleSetVersions(kind: LEAD_ROUTING) { number rules { ${PUBLISHED_RULE} } }` : '';
  const text = () => `query($id: Int!) {
    lead(id: $id) { id source externalId firstName lastName company domain country industry employees annualRevenue createdAt totalScore
      score { total fit engagement grade stage version routingVersion nurtureTrack scoredAt route { team rep dueAt }
        hits { rule { id name } ruleSet version points effect${hitExtra} } }
      engagements(order: [{ occurredAt: DESC }]) { id kind occurredAt detail }
      scoreHistory { id version routingVersion total fit engagement grade stage route evaluatedAt hits { rule { name } points effect } } }
    ${rules} }`;
  let data;
  try {
    data = await query(text(), { id });
  } catch (e) {
    if (!hitExtra || !/applied|reason/.test(e.message)) throw e;
    session.hitsWithoutApplied = true;
    hitExtra = '';
    data = await query(text(), { id });
  }
  const lead = data.lead;
  if (!lead) {
    fill(container, h('p', { class: 'error' }, `There is no lead ${id}.`), h('a', { href: '#/leads' }, 'Back to the list'));
    return;
  }
  const score = lead.score;
  const message = h('div', { id: 'rescore-message', role: 'status' });
  const rescore = async () => {
    const r = (await query('mutation($input: RescoreLeadsInput!) { rescoreLeads(input: $input) { evaluated changed version errors { ... on Error { message } } } }',
      { input: { where: { id: { eq: id } } } })).rescoreLeads;
    if (r.errors?.length) { message.textContent = r.errors.map((e) => e.message).join('; '); return; }
    await detail(container, id, context);
    container.querySelector('#rescore-message').textContent = r.changed ? `Rescored with v${r.version}: the result changed.` : `Rescored with v${r.version}: no change.`;
  };

  const name = [lead.firstName, lead.lastName].filter(Boolean).join(' ') || `(no name)`;
  fill(container, 
    h('div', { class: 'toolbar' },
      h('a', { href: '#/leads' }, '← leads'),
      h('h2', { id: 'lead-name' }, `${name}`, lead.company ? h('span', { class: 'muted' }, ` · ${lead.company}`) : null),
      session.canEdit ? h('button', { type: 'button', class: 'primary edit-control', id: 'rescore', on: { click: () => rescore().catch((e) => { message.textContent = e.message; }) } }, 'Rescore') : null),
    message,
    h('div', { class: 'summary' },
      h('div', { class: 'figure' }, 'score ', h('span', { class: 'big', id: 'lead-score' }, String(score.total))),
      h('div', { class: 'figure' }, `fit ${score.fit} · engagement ${score.engagement} (after decay)`),
      h('div', { class: 'figure' }, 'grade ', h('b', {}, score.grade ?? '–'), ' · stage ', h('b', {}, score.stage)),
      h('div', { class: 'figure', id: 'lead-route' }, score.route
        ? ['route ', h('b', {}, score.route.team), score.route.rep ? ` · rep ${score.route.rep}` : ' · no rep', score.route.dueAt ? ` · follow up by ${fmtDate(score.route.dueAt)}` : '']
        : score.nurtureTrack ? ['nurture ', h('b', {}, score.nurtureTrack)] : 'not routed'),
      h('div', { class: 'figure muted' }, `scoring v${score.version ?? '–'}, routing v${score.routingVersion ?? '–'}, scored ${fmtDate(score.scoredAt)}`)),
    h('div', { class: 'card' }, h('h3', {}, 'Why this score'), whyTable(score, data.scoring, data.routing, Boolean(hitExtra))),
    h('div', { class: 'two' },
      h('div', { class: 'card' }, h('h3', {}, 'Lead'), h('dl', { class: 'facts', id: 'lead-facts' },
        ['source', 'externalId', 'company', 'domain', 'country', 'industry', 'employees', 'annualRevenue'].flatMap((k) => [h('dt', {}, k), h('dd', {}, lead[k] ?? '–')]),
        h('dt', {}, 'created'), h('dd', {}, fmtDate(lead.createdAt)))),
      h('div', { class: 'card' }, h('h3', {}, `Engagement (${lead.engagements.length})`), timeline(lead.engagements),
        h('ol', { class: 'engagements', id: 'engagements' }, lead.engagements.slice(0, 30).map((e) => h('li', {},
          h('time', {}, fmtDate(e.occurredAt)), ' ', h('b', {}, e.kind), ` · ${ageDays(e.occurredAt)} days ago`, e.detail ? h('span', { class: 'muted' }, ` ${e.detail}`) : null))))),
    h('div', { class: 'card' }, h('h3', {}, `Score history (${lead.scoreHistory.length})`),
      h('table', { class: 'data', id: 'score-history' },
        h('thead', {}, h('tr', {}, ['Evaluated', 'Scoring', 'Routing', 'Total', 'Fit', 'Engagement', 'Grade', 'Stage', 'Route', 'Rules'].map((x) => h('th', {}, x)))),
        h('tbody', {}, lead.scoreHistory.map((r) => h('tr', {},
          h('td', {}, fmtDate(r.evaluatedAt)), h('td', {}, `v${r.version}`), h('td', {}, r.routingVersion ? `v${r.routingVersion}` : '–'),
          h('td', { class: 'num' }, String(r.total)), h('td', { class: 'num' }, String(r.fit)), h('td', { class: 'num' }, String(r.engagement)),
          h('td', {}, r.grade ?? ''), h('td', {}, r.stage ?? ''), h('td', {}, r.route ?? ''),
          h('td', { class: 'small' }, r.hits.map((x) => `${x.rule.name} ${x.points > 0 ? '+' : ''}${x.points}`).join('; '))))))));
}

function ageDays(iso) {
  return Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 86400000));
}

/** Every rule of the versions that scored the lead; fired rules from the stored hits, with their points and why. */
function whyTable(score, scoring, routing, hasApplied) {
  const versionRules = (versions, number, set) => (versions?.find((v) => v.number === number)?.rules ?? []).map((r) => ({ ...r, set }));
  const all = [...versionRules(scoring, score.version, 'LEAD_SCORING'), ...versionRules(routing, score.routingVersion, 'LEAD_ROUTING')]
    .sort((a, b) => (a.set === b.set ? b.priority - a.priority : a.set.localeCompare(b.set)));
  const hitFor = (rule) => score.hits.find((x) => x.ruleSet === rule.set && (x.rule.id === rule.id || x.rule.name === rule.name));
  const rows = all.map((rule) => ({ rule, hit: hitFor(rule) }));
  for (const hit of score.hits) if (!rows.some((r) => r.hit === hit)) rows.push({ rule: { name: hit.rule.name, set: hit.ruleSet, when: '(rule no longer in that version)', then: { description: '' }, enabled: true }, hit });
  const applied = (r) => (r.hit ? (hasApplied ? r.hit.applied !== false : true) : false);
  const why = (r) => {
    if (r.hit) return [r.hit.effect ?? 'condition true', hasApplied && r.hit.reason ? ` · ${REASONS[r.hit.reason] ?? r.hit.reason}` : ''].join('');
    if (!r.rule.enabled) return 'disabled';
    return 'condition false for this lead';
  };
  const sum = rows.filter(applied).reduce((t, r) => t + r.hit.points, 0);
  return h('div', {},
    all.length ? null : h('p', { class: 'muted' }, 'The rules themselves need the reader or ops role; the rules that fired:'),
    h('table', { class: 'data', id: 'why-table' },
      h('thead', {}, h('tr', {}, ['Rule', 'Set', 'When', 'Then', 'Applied', 'Points', 'Why'].map((x) => h('th', {}, x)))),
      h('tbody', {}, rows.map((r) => h('tr', { class: applied(r) ? 'applied' : 'not-applied', dataset: { applied: String(applied(r)), points: String(r.hit?.points ?? 0) } },
        h('td', {}, r.rule.name), h('td', {}, r.rule.set === 'LEAD_ROUTING' ? 'routing' : 'scoring'),
        h('td', { class: 'code' }, r.rule.when ?? ''), h('td', {}, r.rule.then?.description ?? ''),
        h('td', {}, applied(r) ? 'yes' : 'no'), h('td', { class: 'num' }, r.hit ? String(r.hit.points) : ''), h('td', {}, why(r))))),
      h('tfoot', {}, h('tr', {}, h('th', { colspan: 5 }, 'Applied points'), h('th', { class: 'num', id: 'why-sum' }, String(sum)),
        h('th', {}, sum === score.total ? `= score ${score.total}` : `score is ${score.total}`)))));
}

/** Engagements as dots on a time line, oldest left. */
function timeline(engagements) {
  if (!engagements.length) return h('p', { class: 'muted' }, 'No engagement recorded.');
  const times = engagements.map((e) => Date.parse(e.occurredAt));
  const min = Math.min(...times), max = Math.max(Date.now(), ...times);
  const W = 420, X = (t) => 10 + ((t - min) / Math.max(1, max - min)) * (W - 20);
  return s('svg', { viewBox: `0 0 ${W} 40`, class: 'chart timeline-chart', role: 'img', 'aria-label': 'Engagement over time' },
    s('line', { x1: 10, y1: 20, x2: W - 10, y2: 20, class: 'axis' }),
    engagements.map((e) => s('circle', { cx: X(Date.parse(e.occurredAt)), cy: 20, r: 4, class: 'dot' }, s('title', {}, `${fmtDate(e.occurredAt)} ${e.kind}`))),
    s('text', { x: 10, y: 38, class: 'tick' }, fmtDate(new Date(min).toISOString()).slice(0, 10)),
    s('text', { x: W - 10, y: 38, class: 'tick', 'text-anchor': 'end' }, 'now'));
}
