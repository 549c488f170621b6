// The URL state, and the first page of results asked for as early as the page can: index.html's inline script asks
// while the page is parsed, and this module (async, no imports) holds the answer, or asks itself when the inline
// script could not; the search view takes it (api.js turns it into data or a readable error).

/** Parameters of GET /statements that the page keeps in its URL. */
export const FILTERS = ['q', 'speaker_id', 'speaker', 'outlet_id', 'outlet', 'stance', 'stance_target', 'channel',
  'topic', 'language', 'kind', 'reported_after', 'reported_before', 'sort'];

/** Results per page of the search view. */
export const PAGE = 20;

export function params() { return new URLSearchParams(location.search); }

/** The filters of the current URL as an object for query() (arrays for repeated parameters). */
export function filters(p = params(), except = []) {
  const out = {};
  for (const k of FILTERS) {
    if (except.includes(k)) continue;
    const v = p.getAll(k);
    if (v.length) out[k] = v.length === 1 ? v[0] : v;
  }
  return out;
}

/** Query string of a filter object; arrays become repeated parameters, empty values are left out. */
export function query(values) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) v.filter(x => x !== '' && x != null).forEach(x => q.append(k, x));
    else if (v !== '' && v != null) q.append(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The search view's first request for a URL state. */
export function firstPageUrl(p = params()) {
  return `/statements${query({ ...filters(p), limit: PAGE })}`;
}

/** The signed-in caller's token, read as auth.js keeps it (importing auth.js would put a request before this one). */
function token() {
  try { return JSON.parse(sessionStorage.getItem('statements.auth'))?.token || null; } catch { return null; }
}

// index.html's inline script asked already, while the page was parsed; this is the way when it could not.
let early = window.statementsFirstPage || null;
delete window.statementsFirstPage;
const view = params().get('view') || 'search';
// Back from the identity provider (?code=) the token is not there yet: that first page waits for the sign-in.
if (!early && view === 'search' && !params().has('code')) {
  const url = firstPageUrl();
  const h = { Accept: 'application/json, application/problem+json' };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  const response = fetch(url, { headers: h });
  response.catch(() => {}); // taken (and a failure shown) by the search view, or dropped
  early = { url, response };
}

/** The response asked for at load when it is the one wanted now (once); else null, and the caller asks itself. */
export function takeFirstPage(url) {
  const taken = early && early.url === url ? early.response : null;
  early = null;
  return taken;
}
