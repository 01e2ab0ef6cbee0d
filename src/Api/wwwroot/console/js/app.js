// Start-up, sign-in, the header (who you are, your role, the running versions) and the hash router.
import { gql, credential, signIn, signOut, SignInError, KINDS, KIND_LABELS } from './api.js';
import { h, clear, $, fill } from './dom.js';

const screens = {
  rules: () => import('./screens/rules.js'),
  editor: () => import('./screens/editor.js'),
  simulate: () => import('./screens/simulate.js'),
  backtest: () => import('./screens/backtest.js'),
  versions: () => import('./screens/versions.js'),
  audit: () => import('./screens/audit.js'),
  leads: () => import('./screens/leads.js'),
};

export const session = { viewer: null, canEdit: false, canReadRules: false, ruleSets: {} };

const VIEWER = '{ viewer { name role roles canReadRules canEditRules authenticationType } }';
const VERSIONS = `{ ${KINDS.map((k) => `${k}: ruleSet(kind: ${k}) { runningVersion publishedVersion { number } }`).join('\n')} }`;

/** Reloads who you are and the versions in the header (after sign-in, publish, rollback). */
export async function refreshHeader() {
  const { data } = await gql(VIEWER);
  session.viewer = data.viewer;
  session.canEdit = Boolean(data.viewer?.canEditRules);
  // The API's roles: reader, ops and admin read the rules (only ops and admin edit them); marketing's header shows no versions.
  session.canReadRules = Boolean(data.viewer?.canReadRules);
  session.ruleSets = {};
  if (session.canReadRules) {
    const versions = (await gql(VERSIONS)).data;
    for (const k of KINDS) if (versions[k]) session.ruleSets[k] = versions[k];
  }
  renderHeader();
}

function renderHeader() {
  const v = session.viewer;
  fill($('#who'), 
    h('span', { class: 'who-name', id: 'who-name' }, v.name),
    h('span', { class: `role role-${v.role}`, id: 'who-role' }, v.role),
    h('button', { type: 'button', class: 'link', id: 'sign-out', on: { click: () => { signOut(); location.hash = ''; start(); } } }, 'Sign out'));
  fill($('#versions'), ...KINDS.filter((k) => session.ruleSets[k]).map((k) => {
    const r = session.ruleSets[k];
    return h('span', { class: 'version-chip', title: `${KIND_LABELS[k]}: published ${r.publishedVersion?.number ?? '–'}, running ${r.runningVersion}` },
      `${KIND_LABELS[k]} `, h('b', { id: `running-${k}` }, `v${r.runningVersion}`));
  }));
  $('#nav').hidden = false;
}

function signInScreen(message) {
  $('#nav').hidden = true;
  clear($('#who'));
  clear($('#versions'));
  const key = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: 'API key', 'aria-label': 'API key' });
  const kind = h('select', { id: 'credential-kind', 'aria-label': 'Credential kind' },
    h('option', { value: 'key' }, 'API key'), h('option', { value: 'bearer' }, 'Bearer token (JWT)'));
  const status = h('p', { class: 'error', id: 'sign-in-error', role: 'alert' }, message ?? '');
  const form = h('form', {
    class: 'card sign-in', id: 'sign-in',
    on: {
      submit: async (e) => {
        e.preventDefault();
        if (!key.value.trim()) { status.textContent = 'Paste a key or token.'; return; }
        signIn(kind.value, key.value);
        await start();
      },
    },
  },
  h('h1', {}, 'Sign in'),
  h('p', { class: 'muted' }, 'Paste an API key (dotnet run --project src/Api -- keys create --role ops) or a bearer token. It is kept for this tab only and sent as a header.'),
  h('label', {}, 'Kind ', kind),
  h('label', {}, 'Key or token ', key),
  h('button', { type: 'submit', class: 'primary', id: 'sign-in-button' }, 'Sign in'),
  status);
  fill($('#main'), form);
  key.focus();
}

function parseHash() {
  const [path, search] = (location.hash.replace(/^#\/?/, '') || 'rules').split('?');
  const [screen, ...rest] = path.split('/');
  return { screen: screens[screen] ? screen : 'rules', rest, params: new URLSearchParams(search ?? '') };
}

let generation = 0;

async function route() {
  if (!session.viewer) return;
  const { screen, rest, params } = parseHash();
  const mine = ++generation;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.screen === screen || (screen === 'editor' && a.dataset.screen === 'rules'));
  const main = $('#main');
  const container = h('section', { class: `screen screen-${screen}`, id: `screen-${screen}` }, h('p', { class: 'muted loading' }, 'Loading…'));
  fill(main, container);
  try {
    const module = await screens[screen]();
    if (mine !== generation) return;
    await module.render(container, { rest, params, session, refreshHeader });
  } catch (e) {
    if (e instanceof SignInError) { signOut(); signInScreen(e.message); return; }
    fill(container, h('p', { class: 'error', role: 'alert' }, e.message));
  } finally {
    if (mine === generation) container.dataset.ready = 'true';
  }
}

async function start() {
  session.viewer = null;
  if (!credential()) { signInScreen(); return; }
  try {
    await refreshHeader();
  } catch (e) {
    signOut();
    signInScreen(e.message);
    return;
  }
  await route();
}

window.addEventListener('hashchange', route);
start();
