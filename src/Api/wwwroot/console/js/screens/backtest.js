// Backtest: over leads with a known outcome, the draft next to the published version: ROC curves and AUC,
// lift by score decile, conversion by grade, stage and route.
import { query, KIND_LABELS } from '../api.js';
import { h, clear, fmtNum, pct, add, fill } from '../dom.js';
import { rocChart, groupedBars } from '../charts.js';
import { kindSelect } from '../explain.js';

const RATE = 'leads converted rate';
const FIGURES = `version evaluated positives auc aucLower aucUpper gini ks topDecileLift roc { falsePositiveRate truePositiveRate }
  conversionByGrade { grade ${RATE} } conversionByDecile { decile ${RATE} } conversionByStage { stage ${RATE} } conversionByRoute { route ${RATE} }`;
const KINDS = ['LEAD_SCORING', 'LEAD_ROUTING'];
const TEST = 'version evaluated positives auc aucLower aucUpper';
const SPLITS = ['', 'HASH', 'TIME'];

export async function render(container, { params, session }) {
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
      pair('Conversion by route', 'conversionByRoute', 'route')),
    kind === 'LEAD_SCORING' ? suggestions(kind, split, session) : null);
}

function interval(f) {
  return f.aucLower !== null && f.aucLower !== undefined ? h('span', { class: 'muted' }, ` 95% ${fmtNum(f.aucLower)}–${fmtNum(f.aucUpper)}`) : null;
}

const SUGGEST = `kind: RuleSetKind!, $split: LeadSplitInput`;

/** Fitted points for the draft's AddPoints rules (issue 12's suggestPoints), with "apply to draft" for ops. */
function suggestions(kind, split, session) {
  const box = h('div', { class: 'card', id: 'suggestions' }, h('h3', {}, 'Suggested points'),
    h('p', { class: 'muted' }, 'Points fitted from the outcomes (logistic regression on the train side), judged on the test side. Nothing changes until you apply them to the draft.'));
  const result = h('div', {});
  const variables = { kind, split: { method: split || 'HASH' } };
  const load = async () => {
    fill(result, h('p', { class: 'muted' }, 'Fitting…'));
    const s = (await query(`query($${SUGGEST}) { suggestPoints(kind: $kind, split: $split) { split trainLeads testLeads pointsToDoubleTheOdds beatsCurrent verdict
      rules { ruleId name dimension currentPoints suggestedPoints trainHits trainConversion } current { auc } suggested { auc } errors { message ruleName } } }`, variables)).suggestPoints;
    clear(result);
    if (s.errors.length) { add(result, h('p', { class: 'error' }, s.errors.map((e) => e.message).join('; '))); return; }
    add(result, 
      h('p', { id: 'suggest-verdict' }, s.verdict ?? '', ` Test-side AUC: current ${fmtNum(s.current?.auc)}, suggested ${fmtNum(s.suggested?.auc)}.`),
      h('table', { class: 'data', id: 'suggest-table' },
        h('thead', {}, h('tr', {}, ['Rule', 'Dimension', 'Current', 'Suggested', 'Train hits', 'Their conversion'].map((x) => h('th', {}, x)))),
        h('tbody', {}, s.rules.map((r) => h('tr', { class: r.currentPoints !== r.suggestedPoints ? 'changed' : undefined },
          h('td', {}, r.name), h('td', {}, r.dimension), h('td', { class: 'num' }, String(r.currentPoints)), h('td', { class: 'num' }, String(r.suggestedPoints)),
          h('td', { class: 'num' }, String(r.trainHits)), h('td', { class: 'num' }, pct(r.trainConversion)))))),
      session.canEdit ? h('button', {
        type: 'button', class: 'primary edit-control', id: 'apply-suggestion', disabled: !s.beatsCurrent,
        on: {
          click: async () => {
            const a = (await query('mutation($input: ApplySuggestedPointsInput!) { applySuggestedPoints(input: $input) { applied rules { id } errors { ... on Error { message } } } }',
              { input: variables })).applySuggestedPoints;
            add(result, h('p', { class: a.applied ? 'ok' : 'error' }, a.applied ? `Applied to ${a.rules.length} draft rules (see Publish & history).` : (a.errors ?? []).map((e) => e.message).join('; ') || 'Not applied.'));
          },
        },
      }, s.beatsCurrent ? 'Apply to draft' : 'Does not beat the current points') : null);
  };
  add(box, h('button', { type: 'button', id: 'suggest', on: { click: () => load().catch((e) => { result.textContent = e.message; }) } }, 'Suggest points'), result);
  return box;
}
