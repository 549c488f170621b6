// The page's shell: the URL is the state (shareable links, back and forward work); each view renders from it.
import { h, clear } from './dom.js';
import { onAuthProblem } from './api.js';
import { session } from './auth.js';
import { renderSearch } from './search.js';
import { renderStances } from './stances.js';
import { renderStatement } from './statement.js';
import { renderReview } from './review.js';
import { renderSignIn, completeOidcSignIn, refreshRights } from './signin.js';

/** Parameters of GET /statements that the page keeps in its URL. */
export const FILTERS = ['q', 'speaker_id', 'speaker', 'outlet_id', 'outlet', 'stance', 'stance_target', 'channel',
  'topic', 'language', 'kind', 'reported_after', 'reported_before', 'sort'];

const main = document.getElementById('main');
const statusEl = document.getElementById('status');
const errorEl = document.getElementById('error');
let controller = null;

export function params() { return new URLSearchParams(location.search); }

/** The filters of the current URL as an object for api.query (arrays for repeated parameters). */
export function filters(p = params(), except = []) {
  const out = {};
  for (const k of FILTERS) {
    if (except.includes(k)) continue;
    const v = p.getAll(k);
    if (v.length) out[k] = v.length === 1 ? v[0] : v;
  }
  return out;
}

/** Goes to a new URL state (pushed, so back returns here) and renders it. */
export function navigate(next, { replace = false, focus = true } = {}) {
  const search = next instanceof URLSearchParams ? next.toString() : new URLSearchParams(next).toString();
  const url = search ? `?${search}` : location.pathname;
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render({ focus });
}

export function status(text) { statusEl.textContent = text || ''; }

export function showError(error) {
  if (!error || error.name === 'AbortError') return;
  errorEl.hidden = false;
  clear(errorEl).append(h('p', {}, error.message || String(error)),
    h('button', { type: 'button', class: 'link', onclick: () => { errorEl.hidden = true; } }, 'Dismiss'));
}

function clearError() { errorEl.hidden = true; clear(errorEl); }

export function render({ focus = true } = {}) {
  controller?.abort();
  controller = new AbortController();
  clearError();
  const p = params();
  const view = p.get('view') || 'search';
  const focusKey = document.activeElement?.dataset?.focusKey;
  document.getElementById('q').value = p.get('q') || '';
  document.querySelectorAll('nav.views a').forEach(a => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  updateAuthUi();
  const views = { search: renderSearch, stances: renderStances, statement: renderStatement, review: renderReview, signin: renderSignIn };
  const fn = views[view] || renderSearch;
  clear(main);
  const ctx = { signal: controller.signal, params: p, focusKey };
  Promise.resolve(fn(main, ctx)).then(() => {
    const again = focusKey && main.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again) again.focus();
    else if (focus) (main.querySelector('h1') || main).focus({ preventScroll: false });
  }).catch(error => {
    // A service that needs credentials for reading: offer the sign-in right here.
    if (error.status === 401 && view !== 'signin') {
      clear(main);
      main.append(h('p', { class: 'notice' }, error.message));
      return renderSignIn(main, ctx);
    }
    showError(error);
  });
}

/** Write actions (marked data-write) are hidden from those who cannot write. */
export function updateAuthUi() {
  const canWrite = session.canWrite();
  document.querySelectorAll('[data-write]').forEach(el => { (el.closest('li') || el).hidden = !canWrite; });
  const link = document.getElementById('signin-link');
  link.textContent = session.token() ? `Signed in${session.name() ? ' as ' + session.name() : ''}` : 'Sign in';
}

onAuthProblem((error, method, path) => {
  if (error.status === 403 && method !== 'GET') { session.deny(path.startsWith('/extractions') ? 'extract' : 'store'); updateAuthUi(); }
});

// Same-document links (?view=…) change the state without reloading the page.
document.addEventListener('click', e => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  e.preventDefault();
  navigate(url.searchParams);
});

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const p = params();
  const q = document.getElementById('q').value.trim();
  const next = new URLSearchParams();
  for (const k of FILTERS) if (k !== 'q' && k !== 'sort') p.getAll(k).forEach(v => next.append(k, v));
  if (q) next.set('q', q);
  if (p.get('view') === 'stances') next.set('view', 'stances');
  navigate(next);
});

window.addEventListener('popstate', () => render());

(async () => {
  await completeOidcSignIn().catch(showError);
  await refreshRights().catch(() => {});
  render({ focus: false });
})();
