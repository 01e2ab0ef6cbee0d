// Publish and history: publish the draft with a note; every version, a diff between any two (or the draft);
// rollback with a confirmation that says what will change.
import { query, KINDS, KIND_LABELS, RULE, PUBLISHED_RULE } from '../api.js';
import { h, clear, fmtDate, fill } from '../dom.js';
import { diffRules } from '../diff.js';
import { kindSelect } from '../explain.js';

const ERRORS = 'errors { __typename ... on Error { message } ... on RuleValidationError { ruleName position part } }';

export async function render(container, context) {
  const { params, session, refreshHeader } = context;
  const kind = KINDS.includes(params.get('kind')) ? params.get('kind') : 'LEAD_SCORING';
  const data = await query(`query($kind: RuleSetKind!) {
    ruleSet(kind: $kind) { runningVersion publishedVersion { number } draft { rules { ${RULE} } } }
    ruleSetVersions(kind: $kind) { number note publishedBy publishedAt rolledBackFrom rules { ${PUBLISHED_RULE} } } }`, { kind });
  const versions = data.ruleSetVersions;
  const draft = data.ruleSet.draft.rules;
  const newest = versions[0];
  const byKey = (key) => (key === 'draft' ? draft : versions.find((v) => String(v.number) === key)?.rules ?? []);
  const label = (key) => (key === 'draft' ? 'draft' : `v${key}`);
  const message = h('div', { id: 'versions-message', role: 'status' });
  const rerender = async () => { await refreshHeader(); await render(container, context); };

  const from = h('select', { id: 'diff-from' }, versions.map((v) => h('option', { value: String(v.number) }, `v${v.number}`)));
  const to = h('select', { id: 'diff-to' }, h('option', { value: 'draft' }, 'draft'), versions.map((v) => h('option', { value: String(v.number) }, `v${v.number}`)));
  if (versions[1]) { from.value = String(versions[1].number); to.value = String(versions[0].number); }
  const diffBox = h('div', { id: 'version-diff' });
  const showDiff = () => fill(diffBox, diffView(diffRules(byKey(from.value), byKey(to.value)), label(from.value), label(to.value)));
  from.addEventListener('change', showDiff);
  to.addEventListener('change', showDiff);

  const pending = newest ? diffRules(newest.rules, draft) : diffRules([], draft);
  const note = h('input', { id: 'publish-note', type: 'text', placeholder: 'What changes and why' });
  const publish = async () => {
    const result = (await query(`mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { version { number } ${ERRORS} } }`,
      { input: { kind, note: note.value || null } })).publishRuleSet;
    if (result.errors?.length) {
      fill(message, h('ul', { class: 'error' }, result.errors.map((e) => h('li', {}, e.ruleName ? `${e.ruleName}: ${e.message}` : e.message))));
      return;
    }
    await rerender();
    container.querySelector('#versions-message')?.append(h('p', { class: 'ok' }, `Published v${result.version.number}.`));
  };

  const confirmBox = h('div', { id: 'rollback-confirm' });
  const askRollback = (version) => {
    const change = diffRules(newest.rules, version.rules);
    fill(confirmBox, h('div', { class: 'card confirm' },
      h('h3', {}, `Roll back ${KIND_LABELS[kind]} to v${version.number}?`),
      h('p', {}, `This publishes v${version.number}'s rules again as v${newest.number + 1}, and resets the draft to them (unpublished draft edits are lost; the audit keeps them). Against the running v${newest.number} it changes:`),
      diffView(change, `v${newest.number}`, `v${version.number}`),
      h('div', { class: 'buttons' },
        h('button', {
          type: 'button', class: 'danger', id: 'rollback-yes',
          on: {
            click: async () => {
              const result = (await query(`mutation($input: RollbackRuleSetInput!) { rollbackRuleSet(input: $input) { version { number rolledBackFrom } ${ERRORS} } }`,
                { input: { kind, version: version.number, note: `Rollback to v${version.number}` } })).rollbackRuleSet;
              if (result.errors?.length) { fill(confirmBox, h('p', { class: 'error' }, result.errors.map((e) => e.message).join('; '))); return; }
              await rerender();
              container.querySelector('#versions-message')?.append(h('p', { class: 'ok' }, `Rolled back: v${result.version.number} has v${version.number}'s rules.`));
            },
          },
        }, `Roll back to v${version.number}`),
        h('button', { type: 'button', id: 'rollback-no', on: { click: () => clear(confirmBox) } }, 'Cancel'))));
    confirmBox.scrollIntoView?.({ block: 'nearest' });
  };

  fill(container, 
    h('div', { class: 'toolbar' }, h('h2', {}, 'Publish and history'),
      h('label', {}, 'Rule set ', kindSelect(KINDS, kind, KIND_LABELS, (k) => { location.hash = `#/versions?kind=${k}`; })),
      h('span', { class: 'muted' }, `published v${data.ruleSet.publishedVersion?.number ?? '–'}, running v${data.ruleSet.runningVersion}`)),
    message,
    session.canEdit ? h('form', { class: 'card', id: 'publish-form', on: { submit: (e) => { e.preventDefault(); publish().catch((x) => { message.textContent = x.message; }); } } },
      h('h3', {}, 'Publish the draft'),
      pending.same ? h('p', { class: 'muted' }, 'The draft is the same as the newest version.') : diffView(pending, newest ? `v${newest.number}` : 'nothing', 'draft'),
      h('div', { class: 'row' }, h('label', {}, 'Note ', note), h('button', { type: 'submit', class: 'primary edit-control', id: 'publish' }, `Publish as v${(newest?.number ?? 0) + 1}`))) : null,
    confirmBox,
    h('div', { class: 'card' }, h('h3', {}, 'Compare'), h('div', { class: 'row' }, h('label', {}, 'From ', from), h('label', {}, 'to ', to)), diffBox),
    h('table', { class: 'data', id: 'versions-table' },
      h('thead', {}, h('tr', {}, ['Version', 'Published', 'By', 'Note', 'Rules', ''].map((x) => h('th', {}, x)))),
      h('tbody', {}, versions.map((v) => h('tr', { dataset: { version: String(v.number) } },
        h('td', {}, `v${v.number}`, v.rolledBackFrom ? h('span', { class: 'tag' }, `= v${v.rolledBackFrom}`) : null),
        h('td', {}, fmtDate(v.publishedAt)),
        h('td', {}, v.publishedBy ?? ''),
        h('td', {}, v.note ?? ''),
        h('td', { class: 'num' }, String(v.rules.length)),
        h('td', {}, session.canEdit && v !== newest ? h('button', { type: 'button', class: 'small edit-control rollback', on: { click: () => askRollback(v) } }, 'Roll back to this') : null))))));
  showDiff();
}

/** A diff as lists: added, removed, and changed rules field by field. */
export function diffView(diff, fromLabel, toLabel) {
  if (diff.same) return h('p', { class: 'muted diff-same' }, `${fromLabel} and ${toLabel} have the same rules.`);
  return h('div', { class: 'diff' },
    h('p', { class: 'diff-summary' }, `${fromLabel} → ${toLabel}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`),
    diff.added.length ? h('div', { class: 'diff-added' }, h('h4', {}, 'Added'), h('ul', {}, diff.added.map((r) => h('li', {}, h('b', {}, r.name), ` when ${r.when} then ${r.then.description}`)))) : null,
    diff.removed.length ? h('div', { class: 'diff-removed' }, h('h4', {}, 'Removed'), h('ul', {}, diff.removed.map((r) => h('li', {}, h('b', {}, r.name), ` when ${r.when} then ${r.then.description}`)))) : null,
    diff.changed.length ? h('div', { class: 'diff-changed' }, h('h4', {}, 'Changed'), h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Rule'), h('th', {}, 'Field'), h('th', {}, fromLabel), h('th', {}, toLabel))),
      h('tbody', {}, diff.changed.flatMap((c) => c.fields.map((f) => h('tr', {},
        h('td', {}, c.name), h('td', {}, f.field), h('td', { class: 'code before' }, String(f.before)), h('td', { class: 'code after' }, String(f.after)))))))) : null);
}
