// Audit: every change, newest first, with user, action and a before/after diff; filter by user, rule, kind and date.
import { query, KINDS, KIND_LABELS } from '../api.js';
import { h, clear, fmtDate, fill } from '../dom.js';

const PASCAL = { LEAD_SCORING: 'LeadScoring', LEAD_ROUTING: 'LeadRouting', TENDER_EVALUATION: 'TenderEvaluation', CUSTOMER_STRATEGY: 'CustomerStrategy' };

export async function render(container, { params }) {
  const f = Object.fromEntries(['user', 'rule', 'kind', 'from', 'to', 'after'].map((k) => [k, params.get(k) ?? '']));
  const input = (id, type, value, placeholder) => h('input', { id, type, value, placeholder });
  const user = input('audit-user', 'text', f.user, 'user');
  const rule = input('audit-rule', 'text', f.rule, 'rule id or name');
  const from = input('audit-from', 'date', f.from);
  const to = input('audit-to', 'date', f.to);
  const kind = h('select', { id: 'audit-kind' }, h('option', { value: '' }, 'any rule set'), KINDS.map((k) => h('option', { value: k, selected: k === f.kind }, KIND_LABELS[k])));
  const form = h('form', {
    class: 'card filters', id: 'audit-form',
    on: { submit: (e) => { e.preventDefault(); location.hash = `#/audit?${new URLSearchParams({ user: user.value, rule: rule.value, kind: kind.value, from: from.value, to: to.value })}`; } },
  }, h('label', {}, 'User ', user), h('label', {}, 'Rule ', rule), h('label', {}, 'Kind ', kind), h('label', {}, 'From ', from), h('label', {}, 'To ', to),
  h('button', { type: 'submit', class: 'primary', id: 'audit-filter' }, 'Filter'));

  const and = [];
  if (f.user) and.push({ user: { eq: f.user } });
  if (f.rule) and.push(/^\d+$/.test(f.rule) ? { entityType: { eq: 'ScoringRule' }, entityId: { eq: f.rule } } : { or: [{ before: { contains: f.rule } }, { after: { contains: f.rule } }] });
  if (f.kind) and.push({ or: [{ entityId: { startsWith: PASCAL[f.kind] } }, { before: { contains: `"${PASCAL[f.kind]}"` } }, { after: { contains: `"${PASCAL[f.kind]}"` } }] });
  if (f.from) and.push({ at: { gte: `${f.from}T00:00:00Z` } });
  if (f.to) and.push({ at: { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + 86400000).toISOString() } });
  const data = await query(`query($where: AuditEntryFilterInput, $after: String) {
    auditEntries(where: $where, order: [{ at: DESC }, { id: DESC }], first: 25, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id at user action entityType entityId before after } } }`,
  { where: and.length ? { and } : null, after: f.after || null });
  const page = data.auditEntries;
  fill(container, h('h2', {}, 'Audit'), form,
    h('p', { class: 'muted', id: 'audit-count' }, `${page.totalCount} entries`),
    h('ol', { class: 'timeline', id: 'audit-timeline' }, page.nodes.map(entryView)),
    page.pageInfo.hasNextPage ? h('a', { class: 'button', href: `#/audit?${new URLSearchParams({ ...f, after: page.pageInfo.endCursor })}` }, 'Older') : null);
}

function parse(text) {
  if (text === null || text === undefined) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : { value: text };
  } catch {
    return { value: text };
  }
}

function flat(value, prefix = '', out = {}) {
  if (value === null || value === undefined) return out;
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flat(v, key, out);
    else out[key] = Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return out;
}

function entryView(entry) {
  const before = flat(parse(entry.before)), after = flat(parse(entry.after));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys.filter((k) => String(before[k]) !== String(after[k]) || !entry.before || !entry.after);
  const name = typeof after.name === 'string' ? after.name : typeof before.name === 'string' ? before.name : null;
  return h('li', { class: 'card entry', dataset: { id: String(entry.id) } },
    h('div', { class: 'entry-head' },
      h('time', {}, fmtDate(entry.at)), ' ', h('b', { class: 'entry-user' }, entry.user), ' ',
      h('span', { class: `tag action-${entry.action}` }, entry.action), ' ',
      h('span', { class: 'entry-entity' }, `${entry.entityType} ${entry.entityId ?? ''}`),
      name ? h('span', { class: 'entry-name' }, ` "${name}"`) : null),
    rows.length ? h('table', { class: 'data diff-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'field'), h('th', {}, 'before'), h('th', {}, 'after'))),
      h('tbody', {}, rows.map((k) => h('tr', {}, h('td', {}, k), h('td', { class: 'code before' }, before[k] === undefined ? '' : String(before[k])),
        h('td', { class: 'code after' }, after[k] === undefined ? '' : String(after[k])))))) : null);
}
