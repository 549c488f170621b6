// What the page needs of the sign-in at start: the caller's rights (GET /me) and the end of an OIDC sign-in that
// comes back to the page. Kept apart from signin.js (the sign-in view) so the first render does not load that view
// nor oidc.js.
import { api } from './api.js';
import { session } from './auth.js';

/** Roles that may store statements, and ask the service for suggestions (POST /extractions). */
const WRITE_ROLES = { store: ['editor', 'admin'], extract: ['editor', 'ingester', 'admin'] };

/**
 * Asks the service who the caller is (GET /me), so that write actions are shown only to those who may use them.
 * No answer (signed out, or reads need credentials): no write actions.
 */
export async function refreshRights() {
  try {
    const me = await api('/me', { quiet: true });
    const roles = (me.roles || []).map(r => String(r).toLowerCase());
    session.update({ roles, name: me.method === 'ANONYMOUS' ? null : (me.name || session.name()),
      rights: Object.fromEntries(Object.entries(WRITE_ROLES).map(([k, allowed]) => [k, roles.some(r => allowed.includes(r))])) });
  } catch (e) {
    if (e.status === 401 && session.token()) { session.signOut(); }
    session.setRights({ store: false, extract: false });
  }
}

/** Back from the identity provider (?code=…): exchanges the code for a token. */
export async function completeOidcSignIn() {
  if (!new URLSearchParams(location.search).has('code')) return;
  const { finishOidcSignIn } = await import('./oidc.js');
  const token = await finishOidcSignIn();
  if (token) { session.signIn(token.access_token, 'oidc', { name: token.name }); }
}
