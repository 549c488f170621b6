// Sign-in state, kept in sessionStorage (gone when the tab closes): an API key pasted by the user, or an
// OIDC access token obtained with the authorization code flow and PKCE (oidc.js). Both are sent as Bearer tokens.
const KEY = 'statements.auth';
const WRITE_ROLES = ['editor', 'ingester', 'admin'];

function load() {
  try { return JSON.parse(sessionStorage.getItem(KEY)) || {}; } catch { return {}; }
}

function save(state) {
  sessionStorage.setItem(KEY, JSON.stringify(state));
}

export const session = {
  token: () => load().token || null,
  method: () => load().method || null,
  name: () => load().name || null,
  /** Roles when the service told us (GET /me); null when unknown. */
  roles: () => load().roles || null,
  signIn(token, method, extra = {}) { save({ token, method, ...extra }); },
  update(extra) { save({ ...load(), ...extra }); },
  signOut() { sessionStorage.removeItem(KEY); },
  /** Write actions are shown unless we know the caller cannot write (roles without a writing one, or a 403). */
  canWrite() {
    const s = load();
    if (s.writeDenied) return false;
    if (Array.isArray(s.roles)) return s.roles.some(r => WRITE_ROLES.includes(String(r).toLowerCase()));
    return true;
  },
  denyWrite() { save({ ...load(), writeDenied: true }); },
};
