// Sign-in state, kept in sessionStorage (gone when the tab closes): an API key pasted by the user, or an
// OIDC access token obtained with the authorization code flow and PKCE (oidc.js). Both are sent as Bearer tokens.
const KEY = 'statements.auth'; // first-page.js reads the token under this key too

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
  /**
   * What the caller may do, as the service answered (see signin.js refreshRights): storing statements and asking
   * for extractions. Unknown (not asked yet) counts as not allowed, so a reader never sees a write action, not even
   * while the page waits for the answer; a refusal (403) hides the action from then on.
   */
  may(action) {
    const rights = load().rights || {};
    return rights[action] === true;
  },
  canWrite() { return this.may('store') && this.may('extract'); },
  deny(action) { const s = load(); save({ ...s, rights: { ...(s.rights || {}), [action]: false } }); },
  setRights(rights) { save({ ...load(), rights }); },
};
