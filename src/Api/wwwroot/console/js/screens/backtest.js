// Backtest: over leads with a known outcome, the draft next to the published version: ROC curves and AUC,
// lift by score decile, conversion by grade, stage and route.
import { query, KIND_LABELS } from '../api.js';
import { h, clear, fmtNum, pct } from '../dom.js';
import { rocChart, groupedBars } from '../charts.js';
import { kindSelect } from '../explain.js';

const RATE = 'leads converted rate';
const FIGURES = `version evaluated positives auc topDecileLift roc { falsePositiveRate truePositiveRate }
  conversionByGrade { grade ${RATE} } conversionByDecile { decile ${RATE} } conversionByStage { stage ${RATE} } conversionByRoute { route ${RATE} }`;
const KINDS = ['LEAD_SCORING', 'LEAD_ROUTING'];

export async function render(container, { params }) {
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'LEAD_SCORING';
  clear(container).append(h('div', { class: 'toolbar' }, h('h2', {}, 'Backtest'),
    h('label', {}, 'Rule set ', kindSelect(KINDS, kind, KIND_LABELS, (k) => { location.hash = `#/backtest?kind=${k}`; })),
    h('span', { class: 'muted' }, 'Tenders and customer strategy have no stored outcome to test against.')));
  const data = await query(`query($kind: RuleSetKind!) { backtestRuleSet(kind: $kind) {
    note draft { ${FIGURES} } published { ${FIGURES} } errors { message ruleName part } } }`, { kind });
  const bt = data.backtestRuleSet;
  if (bt.errors.length) {
    container.append(h('div', { class: 'card error', id: 'backtest-errors' }, h('ul', {}, bt.errors.map((e) => h('li', {}, `${e.ruleName ?? e.part}: ${e.message}`)))));
    return;
  }
  const { draft, published } = bt;
  const overall = (f) => (f.evaluated ? f.positives / f.evaluated : 0);
  const lift = (f) => f.conversionByDecile.map((d) => ({ key: d.decile, count: overall(f) ? Number((d.rate / overall(f)).toFixed(2)) : 0 }));
  const rates = (list, key) => list.map((r) => ({ key: r[key], count: Number((r.rate * 100).toFixed(1)) }));
  const pair = (title, key, field) => groupedBars(title, [
    { label: `published v${published.version}`, buckets: rates(published[key], field) },
    { label: 'draft', buckets: rates(draft[key], field) }], { format: (v) => `${v}%` });
  container.append(
    bt.note ? h('p', { class: 'note', id: 'backtest-note' }, bt.note) : null,
    h('div', { class: 'summary' },
      h('div', { class: 'figure' }, 'AUC draft ', h('span', { class: 'big', id: 'auc-draft' }, fmtNum(draft.auc))),
      h('div', { class: 'figure' }, `AUC published v${published.version} `, h('span', { class: 'big', id: 'auc-published' }, fmtNum(published.auc))),
      h('div', { class: 'figure' }, 'top-decile lift ', h('b', {}, `${fmtNum(draft.topDecileLift, 2)} / ${fmtNum(published.topDecileLift, 2)}`)),
      h('div', { class: 'figure muted' }, `${draft.evaluated} leads with an outcome, ${draft.positives} converted (${pct(overall(draft))})`)),
    h('div', { class: 'charts', id: 'backtest-charts' },
      rocChart('ROC curve', [
        { label: `published v${published.version} (AUC ${fmtNum(published.auc)})`, points: published.roc.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) },
        { label: `draft (AUC ${fmtNum(draft.auc)})`, points: draft.roc.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) }]),
      groupedBars('Lift by score decile (1 = top tenth)', [
        { label: `published v${published.version}`, buckets: lift(published) }, { label: 'draft', buckets: lift(draft) }]),
      pair('Conversion by grade', 'conversionByGrade', 'grade'),
      pair('Conversion by stage', 'conversionByStage', 'stage'),
      pair('Conversion by route', 'conversionByRoute', 'route')));
}
