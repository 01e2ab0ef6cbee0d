// The rule editor: condition with highlighting, completion and live validation; the action as a form;
// save with optimistic concurrency (a stale save shows the other change and offers a reload); test on one lead.
import { gql, query, KIND_LABELS, RULE } from '../api.js';
import { h, clear, debounce, fmtDate, add, fill } from '../dom.js';
import { conditionEditor } from '../condition.js';
import { actionForm } from '../actions.js';

const VALIDATE = `mutation($input: ValidateScoringRuleInput!) { validateScoringRule(input: $input) {
  valid errors { ... on RuleValidationError { message position part } } } }`;

const SAVE_ERRORS = `errors { __typename ... on Error { message } ... on ConcurrencyError { currentVersion } ... on RuleValidationError { position part } }`;

export async function render(container, { params, session }) {
  const kind = params.get('kind') ?? 'LEAD_SCORING';
  const id = params.get('id') ? Number(params.get('id')) : null;
  const data = await query(`query($kind: RuleSetKind!) { ruleSet(kind: $kind) {
    factFields { fact name path type values } draft { rules { ${RULE} } } } }`, { kind });
  let rule = id ? data.ruleSet.draft.rules.find((r) => r.id === id) : null;
  if (id && !rule) {
    fill(container, h('p', { class: 'error' }, `There is no draft rule ${id} in ${KIND_LABELS[kind]}.`));
    return;
  }
  const readOnly = !session.canEdit;
  draw(container, { kind, rule, fields: data.ruleSet.factFields, readOnly, session, params });
}

function draw(container, { kind, rule, fields, readOnly, session, params }) {
  const name = h('input', { id: 'rule-name', type: 'text', value: rule?.name ?? '', readonly: readOnly || undefined, required: true });
  const priority = h('input', { id: 'rule-priority', type: 'number', step: 1, value: rule?.priority ?? 100, readonly: readOnly || undefined });
  const enabled = h('input', { id: 'rule-enabled', type: 'checkbox', checked: rule ? rule.enabled : true, disabled: readOnly });
  const status = h('div', { class: 'validation', id: 'validation', 'aria-live': 'polite' });
  const saveError = h('div', { class: 'error', id: 'save-error', role: 'alert' });
  const conflict = h('div', { id: 'conflict' });
  let sequence = 0;

  const showErrors = (errors) => {
    clear(status);
    const whenError = errors.find((e) => e.part === 'when');
    if (whenError) editor.showError(whenError.position, whenError.message);
    else editor.clearError();
    if (!errors.length) {
      add(status, h('span', { class: 'ok', id: 'validation-ok' }, '✓ valid'));
      return;
    }
    add(status, h('ul', { class: 'errors', id: 'validation-errors' }, errors.map((e) => h('li', {},
      h('b', {}, e.part), e.position ? ` at ${e.position}: ` : ': ', h('span', { class: 'message' }, e.message)))));
  };

  const validate = async () => {
    const mine = ++sequence;
    status.dataset.state = 'checking';
    const started = performance.now();
    const { data } = await gql(VALIDATE, { input: { ruleSet: kind, when: editor.value(), then: action.value() } });
    if (mine !== sequence) return;
    status.dataset.ms = String(Math.round(performance.now() - started));
    status.dataset.state = 'done';
    showErrors(data.validateScoringRule?.errors ?? []);
  };
  const validateSoon = debounce(() => validate().catch((e) => { status.textContent = e.message; }), 250);

  const editor = conditionEditor({ value: rule?.when ?? '', fields, readOnly, onInput: validateSoon });
  const action = actionForm({ kind, then: rule?.then, readOnly, onChange: validateSoon });

  const save = async () => {
    clear(saveError);
    clear(conflict);
    const input = { name: name.value, when: editor.value(), then: action.value(), priority: Number(priority.value), enabled: enabled.checked };
    const mutation = rule ? 'updateScoringRule' : 'createScoringRule';
    const variables = rule ? { input: { id: rule.id, expectedVersion: rule.version, ...input } } : { input: { ruleSet: kind, ...input } };
    const result = await query(`mutation($input: ${rule ? 'UpdateScoringRuleInput' : 'CreateScoringRuleInput'}!) { ${mutation}(input: $input) { rule { ${RULE} } ${SAVE_ERRORS} } }`, variables);
    const payload = result[mutation];
    if (payload.errors?.length) {
      const stale = payload.errors.find((e) => e.__typename === 'ConcurrencyError');
      if (stale) {
        await showConflict(stale);
        return;
      }
      showErrors(payload.errors.filter((e) => e.part));
      add(saveError, ...payload.errors.map((e) => h('p', {}, e.message)));
      return;
    }
    location.hash = `#/rules?kind=${kind}&saved=${payload.rule.id}`;
  };

  const showConflict = async (stale) => {
    const current = (await query(`query($id: Int!) { scoringRules(where: { id: { eq: $id } }) { nodes { ${RULE} } } }`, { id: rule.id })).scoringRules.nodes[0];
    if (!current) {
      add(conflict, h('div', { class: 'card conflict' }, h('p', {}, 'This rule was deleted by someone else meanwhile.')));
      return;
    }
    const row = (label, theirs, mine) => h('tr', { class: String(theirs) === String(mine) ? undefined : 'changed' }, h('th', {}, label), h('td', { class: 'code' }, String(theirs)), h('td', { class: 'code' }, String(mine)));
    add(conflict, h('div', { class: 'card conflict', id: 'conflict-box' },
      h('h3', {}, `Changed meanwhile: version ${stale.currentVersion} by ${current.changedBy ?? 'unknown'} at ${fmtDate(current.changedAt)}`),
      h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'Their version (saved)'), h('th', {}, 'Your edit'))),
        h('tbody', {},
          row('name', current.name, name.value),
          row('when', current.when, editor.value()),
          row('then', current.then.description, JSON.stringify(action.value())),
          row('priority', current.priority, priority.value),
          row('enabled', current.enabled, enabled.checked))),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'primary', id: 'conflict-reload', on: { click: () => draw(container, { kind, rule: current, fields, readOnly, session, params }) } }, 'Reload their version'),
        h('button', { type: 'button', id: 'conflict-overwrite', on: { click: () => { rule = current; save(); } } }, 'Save mine over it'))));
  };

  const leadId = h('input', { id: 'test-lead-id', type: 'number', min: 1, placeholder: 'lead id' });
  const testResult = h('div', { id: 'test-result' });
  const testLead = async () => {
    clear(testResult);
    const id = Number(leadId.value);
    if (!id) return;
    const data = await query(`query($kind: RuleSetKind!, $id: Int!) {
      simulateRuleSet(kind: $kind, where: { id: { eq: $id } }, first: 1) { evaluated changed
        changes { id before { total grade stage route hits { ruleName points applied effect } } after { total grade stage route hits { ruleName points applied effect } } }
        errors { message ruleName } }
      lead(id: $id) { id firstName lastName company totalScore grade stage score { hits { rule { name } points effect } } } }`, { kind, id });
    const sim = data.simulateRuleSet;
    if (!data.lead) { add(testResult, h('p', { class: 'error' }, `No lead ${id}.`)); return; }
    if (sim.errors.length) { add(testResult, h('p', { class: 'error' }, sim.errors.map((e) => `${e.ruleName ?? ''}: ${e.message}`).join('; '))); return; }
    const change = sim.changes[0];
    const mine = rule?.name ?? name.value;
    const hitsOf = (hits) => h('ul', {}, hits.map((x) => h('li', { class: x.ruleName === mine ? 'this-rule' : undefined }, `${x.ruleName}: ${x.points} ${x.effect ?? ''}`)));
    const lead = data.lead;
    add(testResult, h('div', { class: 'card' },
      h('h4', {}, `Lead ${lead.id}: ${[lead.firstName, lead.lastName].filter(Boolean).join(' ')} ${lead.company ? `(${lead.company})` : ''}`),
      change
        ? h('div', { class: 'two' },
          h('div', {}, h('h5', {}, `Running: ${change.before.total} ${change.before.grade ?? ''} ${change.before.stage ?? ''}`), hitsOf(change.before.hits)),
          h('div', {}, h('h5', {}, `Draft: ${change.after.total} ${change.after.grade ?? ''} ${change.after.stage ?? ''} (${change.after.total - change.before.total >= 0 ? '+' : ''}${change.after.total - change.before.total})`), hitsOf(change.after.hits)))
        : h('p', { id: 'test-same' }, `The saved draft gives this lead the same result as the running version (${lead.totalScore}, ${lead.grade ?? 'no grade'}). `,
          lead.score.hits.some((x) => x.rule.name === mine) ? `"${mine}" fires for it.` : `"${mine}" does not fire for it.`)));
  };

  fill(container, 
    h('div', { class: 'toolbar' },
      h('h2', {}, rule ? `Edit rule ${rule.id}` : 'New rule', ' ', h('span', { class: 'muted' }, KIND_LABELS[kind])),
      rule ? h('span', { class: 'muted' }, `version ${rule.version}, changed by ${rule.changedBy ?? '–'} at ${fmtDate(rule.changedAt)}`) : null),
    readOnly ? h('p', { class: 'muted', id: 'read-only-note' }, 'Read-only: your role cannot edit rules.') : null,
    h('form', { class: 'card editor', id: 'rule-form', on: { submit: (e) => { e.preventDefault(); save().catch((x) => { saveError.textContent = x.message; }); } } },
      h('label', {}, 'Name ', name),
      h('div', { class: 'field' }, h('span', { class: 'label' }, 'When'), editor.element,
        h('small', { class: 'muted' }, `Type a fact and a dot for its members (${[...new Set(fields.map((f) => f.fact))].join(', ')}); Ctrl+Space completes.`)),
      status,
      action.element,
      h('div', { class: 'row' }, h('label', {}, 'Priority ', priority), h('label', {}, enabled, ' enabled')),
      readOnly ? null : h('div', { class: 'buttons' },
        h('button', { type: 'submit', class: 'primary edit-control', id: 'save-rule' }, 'Save to draft'),
        h('a', { href: `#/rules?kind=${kind}`, class: 'button' }, 'Cancel')),
      saveError,
      conflict),
    kind.startsWith('LEAD') && rule ? h('div', { class: 'card' },
      h('h3', {}, 'Test the draft on one lead'),
      h('p', { class: 'muted' }, 'Runs the saved draft against the running version for one stored lead (save first to test an edit).'),
      h('div', { class: 'row' }, leadId, h('button', { type: 'button', id: 'test-lead', on: { click: () => testLead().catch((e) => { testResult.textContent = e.message; }) } }, 'Test')),
      testResult) : null);
  if (!readOnly && rule) validateSoon();
}
