// Sign-in: paste an API key (local use, integrations) or sign in with the configured OpenID Connect issuer
// (authorization code flow with PKCE, see oidc.js). The key or token stays in this tab's sessionStorage.
import { h, Words } from './dom.js';
import { api, ApiError } from './api.js';
import { session } from './auth.js';
import { navigate, status, updateAuthUi, showError } from './app.js';
import { oidcConfig, startOidcSignIn } from './oidc.js';
import { refreshRights } from './rights.js';


export async function renderSignIn(main) {
  main.append(h('h1', { tabindex: '-1' }, session.token() ? 'Signed in' : 'Sign in'));
  if (session.token()) {
    const roles = session.roles();
    main.append(h('p', {}, `Signed in ${session.method() === 'oidc' ? 'with your organisation account' : 'with an API key'}`,
      session.name() ? ` as ${session.name()}` : '', '.'),
    h('p', {}, roles ? `Roles: ${roles.map(Words).join(', ')}.` : '',
      session.canWrite() ? 'You may review extractions and store statements.' : 'You may read; reviewing and storing statements needs more rights.'),
    h('button', { type: 'button', id: 'sign-out', onclick: async () => {
      session.signOut(); await refreshRights().catch(() => {}); updateAuthUi(); navigate({ view: 'signin' });
    } }, 'Sign out'));
    return;
  }
  const key = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', required: true, maxlength: 512, spellcheck: false });
  main.append(h('section', { class: 'card narrow', 'aria-labelledby': 'key-h' }, h('h2', { id: 'key-h' }, 'With an API key'),
    h('form', { onsubmit: async e => {
      e.preventDefault();
      session.signIn(key.value.trim(), 'api-key');
      try {
        await api('/statements?limit=1');
        await refreshRights();
        updateAuthUi();
        status('Signed in');
        navigate({});
      } catch (err) { session.signOut(); updateAuthUi(); showError(err); }
    } },
    h('div', { class: 'field' }, h('label', { for: 'api-key' }, 'API key'), key,
      h('p', { class: 'hint' }, 'Kept only in this browser tab until you sign out or close it. Running the service locally without configuration, use the admin key it generated (its log says in which file).')),
    h('button', { type: 'submit' }, 'Sign in with key'))));
  const config = await oidcConfig().catch(() => null);
  if (config) {
    main.append(h('section', { class: 'card narrow', 'aria-labelledby': 'oidc-h' }, h('h2', { id: 'oidc-h' }, 'With your organisation account'),
      h('p', {}, `Signs in at ${new URL(config.issuer).host}.`),
      h('button', { type: 'button', id: 'oidc-sign-in', onclick: () => startOidcSignIn(config).catch(showError) }, 'Sign in with your organisation')));
  }
}
