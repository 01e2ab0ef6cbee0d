// Backtest: over leads with a known outcome, the draft next to the published version: ROC curves and AUC,
// lift by score decile, conversion by grade, stage and route; for lead scoring the suggested points (apply to draft) and
// suggested rules (add to draft). The screen's data: the backtest, then both suggestions in one request.
import { query, KIND_LABELS } from '../api.js';
import { h, fmtNum, pct, add, fill } from '../dom.js';
import { rocChart, groupedBars } from '../charts.js';
import { kindSelect } from '../explain.js';

const RATE = 'leads converted rate';
const FIGURES = `version evaluated positives auc aucLower aucUpper gini ks topDecileLift roc { falsePositiveRate truePositiveRate }
  conversionByGrade { grade ${RATE} } conversionByDecile { decile ${RATE} } conversionByStage { stage ${RATE} } conversionByRoute { route ${RATE} }`;
const KINDS = ['LEAD_SCORING', 'LEAD_ROUTING'];
const TEST = 'version evaluated positives auc aucLower aucUpper';
const SPLITS = ['', 'HASH', 'TIME'];

export async function render(container, context, flash) {
  const { params, session } = context;
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'LEAD_SCORING';
  const split = SPLITS.includes(params.get('split')) ? params.get('split') : '';
  const splitSelect = h('select', { id: 'backtest-split', on: { change: (e) => { location.hash = `#/backtest?kind=${kind}&split=${e.target.value}`; } } },
    SPLITS.map((x) => h('option', { value: x, selected: x === split }, x ? `${x} split (train / test)` : 'all leads, no split')));
  fill(container, h('div', { class: 'toolbar' }, h('h2', {}, 'Backtest'),
    h('label', {}, 'Rule set ', kindSelect(KINDS, kind, KIND_LABELS, (k) => { location.hash = `#/backtest?kind=${k}&split=${split}`; })),
    h('label', {}, 'Split ', splitSelect),
    h('span', { class: 'muted' }, 'Tenders and customer strategy have no stored outcome to test against.')));
  const data = await query(`query($kind: RuleSetKind!, $split: LeadSplitInput) { backtestRuleSet(kind: $kind, split: $split) {
    note split draft { ${FIGURES} test { ${TEST} } } published { ${FIGURES} test { ${TEST} } } errors { message ruleName part } } }`,
  { kind, split: split ? { method: split } : null });
  const bt = data.backtestRuleSet;
  if (bt.errors.length) {
    add(container, h('div', { class: 'card error', id: 'backtest-errors' }, h('ul', {}, bt.errors.map((e) => h('li', {}, `${e.ruleName ?? e.part}: ${e.message}`)))));
    return;
  }
  const { draft, published } = bt;
  const overall = (f) => (f.evaluated ? f.positives / f.evaluated : 0);
  const lift = (f) => f.conversionByDecile.map((d) => ({ key: d.decile, count: overall(f) ? Number((d.rate / overall(f)).toFixed(2)) : 0 }));
  const rates = (list, key) => list.map((r) => ({ key: r[key], count: Number((r.rate * 100).toFixed(1)) }));
  const pair = (title, key, field) => groupedBars(title, [
    { label: `published v${published.version}`, buckets: rates(published[key], field) },
    { label: 'draft', buckets: rates(draft[key], field) }], { format: (v) => `${v}%` });
  add(container,
    flash ? h('p', { class: 'note ok', id: 'backtest-flash', role: 'status' }, flash) : null,
    bt.note ? h('p', { class: 'note', id: 'backtest-note' }, bt.note) : null,
    h('div', { class: 'summary' },
      h('div', { class: 'figure' }, 'AUC draft ', h('span', { class: 'big', id: 'auc-draft' }, fmtNum(draft.auc)), interval(draft)),
      h('div', { class: 'figure' }, `AUC published v${published.version} `, h('span', { class: 'big', id: 'auc-published' }, fmtNum(published.auc)), interval(published)),
      draft.test ? h('div', { class: 'figure', id: 'auc-test' }, `test side (${draft.test.evaluated} leads): draft ${fmtNum(draft.test.auc)} `, interval(draft.test),
        ` · published ${fmtNum(published.test?.auc)} `, interval(published.test ?? {})) : null,
      h('div', { class: 'figure' }, 'top-decile lift ', h('b', {}, `${fmtNum(draft.topDecileLift, 2)} / ${fmtNum(published.topDecileLift, 2)}`)),
      h('div', { class: 'figure muted' }, `${draft.evaluated} leads with an outcome, ${draft.positives} converted (${pct(overall(draft))})`)),
    h('div', { class: 'charts', id: 'backtest-charts' },
      rocChart('ROC curve', [
        { label: `published v${published.version} (AUC ${fmtNum(published.auc)})`, points: published.roc.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) },
        { label: `draft (AUC ${fmtNum(draft.auc)})`, points: draft.roc.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) }]),
      groupedBars('Lift by score decile (1 = top tenth)', [
        { label: `published v${published.version}`, buckets: lift(published) }, { label: 'draft', buckets: lift(draft) }], { format: (v) => `${v}×` }),
      pair('Conversion by grade', 'conversionByGrade', 'grade'),
      pair('Conversion by stage', 'conversionByStage', 'stage'),
      pair('Conversion by route', 'conversionByRoute', 'route')));
  if (kind === 'LEAD_SCORING') add(container, ...(await suggestions(kind, split, session, (message) => render(container, context, message))));
}

function interval(f) {
  return f.aucLower !== null && f.aucLower !== undefined ? h('span', { class: 'muted' }, ` 95% ${fmtNum(f.aucLower)}–${fmtNum(f.aucUpper)}`) : null;
}

const SUGGEST = `query($kind: RuleSetKind!, $split: LeadSplitInput) {
  suggestPoints(kind: $kind, split: $split) { split trainLeads testLeads pointsToDoubleTheOdds beatsCurrent verdict
    rules { ruleId name dimension currentPoints suggestedPoints trainHits trainConversion } current { auc } suggested { auc } errors { message part } }
  suggestRules(kind: $kind, split: $split, max: 12) { split trainLeads testLeads
    candidates { field name when dimension points weightOfEvidence informationValue fieldInformationValue trainLift testLift trainHits testHits } errors { message part } } }`;

/** Issue 12's suggestions for the draft (one request for both): fitted points with "apply to draft", candidate rules with
 * "add to draft". Only ops and admin get the buttons; nothing changes until one is pressed. */
async function suggestions(kind, split, session, rerender) {
  const variables = { kind, split: { method: split || 'HASH' } };
  const data = await query(SUGGEST, variables);
  return [pointsCard(data.suggestPoints, variables, session, rerender), rulesCard(data.suggestRules, kind, session)];
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));

function pointsCard(s, variables, session, rerender) {
  const box = h('div', { class: 'card', id: 'suggestions' }, h('h3', {}, 'Suggested points'),
    h('p', { class: 'muted' }, `Points of the draft's addPoints rules fitted from the outcomes on the train side (logistic regression; ${s.pointsToDoubleTheOdds ?? 20} points double the odds), judged on the test side. Nothing changes until they are applied to the draft.`));
  if (s.errors.length) {
    add(box, h('ul', { class: 'error', id: 'suggest-errors' }, s.errors.map((e) => h('li', {}, `${e.part}: ${e.message}`))));
    return box;
  }
  const message = h('p', { id: 'apply-message', role: 'status' });
  const apply = async () => {
    const a = (await query('mutation($input: ApplySuggestedPointsInput!) { applySuggestedPoints(input: $input) { applied rules { id name } errors { ... on Error { message } } } }',
      { input: variables })).applySuggestedPoints;
    if (!a.applied) {
      message.className = 'error';
      message.textContent = (a.errors ?? []).map((e) => e.message).join('; ') || 'Not applied.';
      return;
    }
    await rerender(`Applied to ${a.rules.length} draft rules: ${a.rules.map((r) => r.name).join(', ')}. Review them in Rule sets, simulate, then publish.`);
  };
  add(box,
    h('p', { id: 'suggest-verdict' }, s.verdict ?? ''),
    h('div', { class: 'summary' },
      h('div', { class: 'figure' }, 'test AUC, current points ', h('span', { class: 'big', id: 'suggest-auc-current' }, fmtNum(s.current?.auc))),
      h('div', { class: 'figure' }, 'suggested points ', h('span', { class: 'big', id: 'suggest-auc-suggested' }, fmtNum(s.suggested?.auc))),
      h('div', { class: 'figure muted' }, `${s.split ?? ''}: ${s.trainLeads} train, ${s.testLeads} test leads`)),
    s.beatsCurrent ? null : h('p', { class: 'warn', id: 'suggest-no-beat' }, 'The suggested points do not beat the current points on the test side: there is nothing to apply.'),
    h('table', { class: 'data', id: 'suggest-table' },
      h('thead', {}, h('tr', {}, ['Rule', 'Dimension', 'Current', 'Suggested', 'Change', 'Train hits', 'Their conversion'].map((x) => h('th', {}, x)))),
      h('tbody', {}, s.rules.map((r) => h('tr', { class: r.currentPoints !== r.suggestedPoints ? 'changed' : undefined, dataset: { rule: String(r.ruleId) } },
        h('td', {}, r.name), h('td', {}, r.dimension), h('td', { class: 'num' }, String(r.currentPoints)), h('td', { class: 'num suggested' }, String(r.suggestedPoints)),
        h('td', { class: 'num' }, r.currentPoints === r.suggestedPoints ? '' : signed(r.suggestedPoints - r.currentPoints)),
        h('td', { class: 'num' }, String(r.trainHits)), h('td', { class: 'num' }, pct(r.trainConversion)))))),
    session.canEdit && s.beatsCurrent ? h('div', { class: 'buttons' }, h('button', {
      type: 'button', class: 'primary edit-control', id: 'apply-suggestion',
      on: { click: () => apply().catch((e) => { message.className = 'error'; message.textContent = e.message; }) },
    }, 'Apply to draft')) : null,
    message);
  return box;
}

function rulesCard(r, kind, session) {
  const box = h('div', { class: 'card', id: 'rule-suggestions' }, h('h3', {}, 'Suggested rules'),
    h('p', { class: 'muted' }, 'Conditions over fields no enabled rule tests yet, with their weight of evidence and information value on the train side, lift on train and test, and the points each would get fitted with the existing rules. Each is a rule text the draft accepts as is.'));
  if (r.errors.length) {
    add(box, h('ul', { class: 'error', id: 'candidates-errors' }, r.errors.map((e) => h('li', {}, `${e.part}: ${e.message}`))));
    return box;
  }
  if (!r.candidates.length) {
    add(box, h('p', { class: 'muted', id: 'no-candidates' }, 'No candidate: every field is used, or no level holds enough train leads.'));
    return box;
  }
  const addRule = async (c, cell) => {
    const result = (await query(`mutation($input: CreateScoringRuleInput!) { createScoringRule(input: $input) { rule { id name } errors { ... on Error { message } } } }`,
      { input: { ruleSet: kind, name: c.name, when: c.when, then: { addPoints: { dimension: c.dimension, points: c.points } } } })).createScoringRule;
    if (result.errors?.length) {
      add(cell, h('span', { class: 'error' }, ` ${result.errors.map((e) => e.message).join('; ')}`));
      return;
    }
    fill(cell, h('a', { href: `#/editor?kind=${kind}&id=${result.rule.id}`, class: 'added', dataset: { id: String(result.rule.id) } }, `added as rule ${result.rule.id}`));
  };
  add(box, h('table', { class: 'data', id: 'candidates-table' },
    h('thead', {}, h('tr', {}, ['Condition', 'Field', 'WoE', 'IV (bin / field)', 'Train lift', 'Test lift', 'Train / test hits', 'Points', ''].map((x) => h('th', {}, x)))),
    h('tbody', {}, r.candidates.map((c, i) => {
      const cell = h('td', { class: 'nowrap' });
      if (session.canEdit) {
        cell.append(h('button', { type: 'button', class: 'small edit-control add-candidate', dataset: { index: String(i) },
          on: { click: (e) => { e.target.disabled = true; addRule(c, cell).catch((x) => { add(cell, h('span', { class: 'error' }, ` ${x.message}`)); }); } } }, 'Add to draft'));
      }
      return h('tr', { dataset: { field: c.field } },
        h('td', { class: 'code' }, c.when), h('td', {}, c.field), h('td', { class: 'num' }, fmtNum(c.weightOfEvidence, 2)),
        h('td', { class: 'num' }, `${fmtNum(c.informationValue, 3)} / ${fmtNum(c.fieldInformationValue, 3)}`),
        h('td', { class: 'num' }, `${fmtNum(c.trainLift, 2)}×`), h('td', { class: 'num' }, c.testLift === null ? '–' : `${fmtNum(c.testLift, 2)}×`),
        h('td', { class: 'num' }, `${c.trainHits} / ${c.testHits}`), h('td', { class: 'num nowrap' }, `${signed(c.points)} ${c.dimension}`), cell);
    }))));
  return box;
}
