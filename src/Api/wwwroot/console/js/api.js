// The one way the console talks to the API: POST /graphql with the signed-in credential as a header.
// The credential lives in sessionStorage (this tab only, gone when it closes) and never goes into a URL.

const KEY = 'salesgraph.apiKey';
const BEARER = 'salesgraph.bearer';

export class SignInError extends Error {}

export function credential() {
  const key = sessionStorage.getItem(KEY);
  if (key) return { kind: 'key', value: key };
  const token = sessionStorage.getItem(BEARER);
  return token ? { kind: 'bearer', value: token } : null;
}

export function signIn(kind, value) {
  signOut();
  sessionStorage.setItem(kind === 'bearer' ? BEARER : KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(BEARER);
}

function authHeaders() {
  const c = credential();
  if (!c) return {};
  return c.kind === 'bearer' ? { Authorization: `Bearer ${c.value}` } : { 'X-Api-Key': c.value };
}

export const stats = { requests: 0 };

/** Runs a GraphQL operation; returns { data, errors }. Throws SignInError on 401 and Error when there is no data. */
export async function gql(query, variables) {
  stats.requests += 1;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
    credentials: 'omit',
  });
  if (response.status === 401) throw new SignInError('The key or token was not accepted.');
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered ${response.status} without a JSON body.`);
  }
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`);
  return body;
}

/** Like gql, but any GraphQL error is thrown. */
export async function query(text, variables) {
  const body = await gql(text, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export const KINDS = ['LEAD_SCORING', 'LEAD_ROUTING', 'TENDER_EVALUATION', 'CUSTOMER_STRATEGY'];

export const KIND_LABELS = {
  LEAD_SCORING: 'Lead scoring',
  LEAD_ROUTING: 'Lead routing',
  TENDER_EVALUATION: 'Tender evaluation',
  CUSTOMER_STRATEGY: 'Customer strategy',
};

export const ACTION = 'description addPoints { dimension points cap } route { team slaHours } setStage nurture decide tag setGrade createSuspectAccount';
export const RULE = `id ruleSet name when priority enabled version changedBy changedAt then { ${ACTION} }`;
export const PUBLISHED_RULE = `id name when priority enabled then { ${ACTION} }`;

/** The action of a rule (as the API returns it) as RuleActionInput. */
export function actionInput(then) {
  for (const name of ['addPoints', 'route']) {
    if (then[name]) {
      const value = { ...then[name] };
      for (const k of Object.keys(value)) if (value[k] === null) delete value[k];
      return { [name]: value };
    }
  }
  for (const name of ['setStage', 'nurture', 'decide', 'tag', 'setGrade', 'createSuspectAccount']) {
    if (then[name] !== null && then[name] !== undefined) return { [name]: then[name] };
  }
  return {};
}
