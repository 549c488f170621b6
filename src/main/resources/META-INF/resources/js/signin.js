// Sign-in: paste an API key (local use, integrations) or sign in with the configured OpenID Connect issuer
// (authorization code flow with PKCE, see oidc.js). The key or token stays in this tab's sessionStorage.
import { h, Words } from './dom.js';
import { api, ApiError } from './api.js';
import { session } from './auth.js';
import { navigate, status, updateAuthUi, showError } from './app.js';
import { oidcConfig, startOidcSignIn, finishOidcSignIn } from './oidc.js';

/** Asks the service who the caller is (GET /me), when it offers that; roles stay unknown otherwise. */
export async function refreshRoles() {
  if (!session.token()) return;
  try {
    const me = await api('/me');
    session.update({ roles: me.roles || null, name: me.name || me.key_name || me.subject || session.name() });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { session.signOut(); throw e; }
  }
}

export async function completeOidcSignIn() {
  const token = await finishOidcSignIn();
  if (token) { session.signIn(token.access_token, 'oidc', { name: token.name }); }
}

export async function renderSignIn(main) {
  main.append(h('h1', { tabindex: '-1' }, session.token() ? 'Signed in' : 'Sign in'));
  if (session.token()) {
    const roles = session.roles();
    main.append(h('p', {}, `Signed in ${session.method() === 'oidc' ? 'with your organisation account' : 'with an API key'}`,
      session.name() ? ` as ${session.name()}` : '', '.'),
    h('p', {}, roles ? `Roles: ${roles.map(Words).join(', ')}.` : 'The service did not say which roles this key has; actions it refuses are hidden after the first refusal.'),
    h('button', { type: 'button', id: 'sign-out', onclick: () => { session.signOut(); updateAuthUi(); navigate({ view: 'signin' }); } }, 'Sign out'));
    return;
  }
  const key = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', required: true, maxlength: 512, spellcheck: false });
  main.append(h('section', { class: 'card narrow', 'aria-labelledby': 'key-h' }, h('h2', { id: 'key-h' }, 'With an API key'),
    h('form', { onsubmit: async e => {
      e.preventDefault();
      session.signIn(key.value.trim(), 'api-key');
      try {
        await api('/statements?limit=1');
        await refreshRoles();
        updateAuthUi();
        status('Signed in');
        navigate({});
      } catch (err) { session.signOut(); updateAuthUi(); showError(err); }
    } },
    h('div', { class: 'field' }, h('label', { for: 'api-key' }, 'API key'), key,
      h('p', { class: 'hint' }, 'Kept only in this browser tab until you sign out or close it. Running the service locally, the key it generated is printed in its log at start.')),
    h('button', { type: 'submit' }, 'Sign in with key'))));
  const config = await oidcConfig().catch(() => null);
  if (config) {
    main.append(h('section', { class: 'card narrow', 'aria-labelledby': 'oidc-h' }, h('h2', { id: 'oidc-h' }, 'With your organisation account'),
      h('p', {}, `Signs in at ${new URL(config.issuer).host}.`),
      h('button', { type: 'button', id: 'oidc-sign-in', onclick: () => startOidcSignIn(config).catch(showError) }, 'Sign in with your organisation')));
  }
}
