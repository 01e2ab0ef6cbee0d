// The rule editor: condition with highlighting, completion and live validation; the action as a form;
// save with optimistic concurrency (a stale save shows the other change and offers a reload); test the unsaved rule on one lead
// (trialScoringRule: the draft with this text substituted or added).
import { gql, query, KIND_LABELS, RULE } from '../api.js';
import { h, clear, debounce, fmtDate, add, fill } from '../dom.js';
import { conditionEditor } from '../condition.js';
import { actionForm } from '../actions.js';
import { hitList, REASONS } from '../explain.js';

const VALIDATE = `mutation($input: ValidateScoringRuleInput!) { validateScoringRule(input: $input) {
  valid errors { ... on RuleValidationError { message position part } } } }`;

const OUTCOME = 'total grade stage route hits { ruleName points applied reason effect }';
const TRIAL = `query($kind: RuleSetKind!, $leadId: Int!, $rule: TrialScoringRuleInput!) {
  trialScoringRule(kind: $kind, leadId: $leadId, rule: $rule) { runningVersion fired pointsAdded
    running { total grade stage route } before { ${OUTCOME} } after { ${OUTCOME} }
    hit { ruleName points applied reason effect } errors { message part position ruleName } }
  lead(id: $leadId) { id firstName lastName company } }`;

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

  const leadId = h('input', { id: 'test-lead-id', type: 'number', min: 1, placeholder: 'lead id', value: params.get('lead') ?? '' });
  const testResult = h('div', { id: 'test-result' });
  const testLead = async () => {
    clear(testResult);
    const id = Number(leadId.value);
    if (!id) { add(testResult, h('p', { class: 'error' }, 'Give the id of a stored lead.')); return; }
    const trialRule = { when: editor.value(), then: action.value(), priority: Number(priority.value), enabled: enabled.checked };
    if (rule) trialRule.id = rule.id;
    if (name.value.trim()) trialRule.name = name.value;
    testResult.dataset.state = 'running';
    const data = await query(TRIAL, { kind, leadId: id, rule: trialRule });
    const t = data.trialScoringRule;
    testResult.dataset.state = 'done';
    if (t.errors.length) {
      const whenError = t.errors.find((e) => e.part === 'rule.when');
      if (whenError) editor.showError(whenError.position, whenError.message);
      add(testResult, h('ul', { class: 'errors error', id: 'test-errors' }, t.errors.map((e) => h('li', {},
        h('b', {}, e.ruleName && !e.part.startsWith('rule.') ? `${e.ruleName} (${e.part})` : e.part), e.position ? ` at ${e.position}: ` : ': ', e.message))));
      return;
    }
    const lead = data.lead;
    const label = t.hit?.ruleName ?? (name.value.trim() || rule?.name || 'this rule');
    const signed = (n) => (n > 0 ? `+${n}` : String(n));
    const details = (o) => [o.grade ? ` ${o.grade}` : '', o.stage ? ` ${o.stage}` : '', o.route ? ` · ${o.route}` : ''].join('');
    const hitText = t.hit
      ? `"${label}" fires for this lead: ${signed(t.hit.points)} points, ${t.hit.applied ? 'applied' : `not applied (${REASONS[t.hit.reason] ?? t.hit.reason})`}${t.hit.effect ? ` · ${t.hit.effect}` : ''}.`
      : `"${label}" does not fire for this lead${enabled.checked ? '' : ' (it is disabled)'}.`;
    add(testResult, h('div', { class: 'card trial', id: 'trial' },
      h('h4', {}, `Lead ${lead?.id ?? id}: ${[lead?.firstName, lead?.lastName].filter(Boolean).join(' ')}${lead?.company ? ` (${lead.company})` : ''}`),
      h('p', { id: 'trial-hit', class: t.fired ? 'ok' : 'muted', dataset: { fired: String(t.fired), points: String(t.hit?.points ?? 0), applied: String(t.hit?.applied ?? false) } }, hitText),
      h('div', { class: 'summary' },
        h('div', { class: 'figure' }, 'draft without it ', h('b', { id: 'trial-before' }, String(t.before.total)), h('span', { class: 'muted' }, details(t.before))),
        h('div', { class: 'figure' }, 'with it ', h('b', { id: 'trial-after' }, String(t.after.total)), h('span', { class: 'muted' }, details(t.after)),
          ' ', h('span', { class: 'big', id: 'trial-added' }, signed(t.pointsAdded ?? 0))),
        h('div', { class: 'figure muted', id: 'trial-running' }, `running v${t.runningVersion}: ${t.running.total}${details(t.running)}`)),
      h('div', { class: 'two' },
        h('div', {}, h('h5', {}, 'Draft without this rule'), hitList(t.before.hits, { highlight: label })),
        h('div', {}, h('h5', {}, 'Draft with this rule (unsaved)'), hitList(t.after.hits, { highlight: label })))));
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
    kind.startsWith('LEAD') ? h('div', { class: 'card', id: 'test-card' },
      h('h3', {}, 'Test this rule on one lead'),
      h('p', { class: 'muted' }, 'Runs the draft with the rule as written here (not saved) on one stored lead: its result without the rule and with it, and what the rule adds. Nothing is saved.'),
      h('form', { class: 'row', on: { submit: (e) => { e.preventDefault(); testLead().catch((x) => { testResult.textContent = x.message; }); } } },
        h('label', {}, 'Lead id ', leadId), h('button', { type: 'submit', id: 'test-lead' }, 'Test')),
      testResult) : null);
  if (!readOnly && rule) validateSoon();
}
