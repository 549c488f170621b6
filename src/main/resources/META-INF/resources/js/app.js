// The page's shell: the URL is the state (shareable links, back and forward work); each view renders from it.
import { h, clear } from './dom.js';
import { onAuthProblem } from './api.js';
import { session } from './auth.js';
import { renderSearch } from './search.js';
import { FILTERS, params } from './first-page.js';
import { completeOidcSignIn, refreshRights } from './rights.js';

export { FILTERS, params, filters } from './first-page.js';

/** The views besides search are loaded when first shown: the first render needs only the search view's modules. */
const lazy = (module, name) => (main, ctx) => import(module).then(m => m[name](main, ctx));
const VIEWS = { search: renderSearch, stances: lazy('./stances.js', 'renderStances'),
  statement: lazy('./statement.js', 'renderStatement'), review: lazy('./review.js', 'renderReview'),
  signin: lazy('./signin.js', 'renderSignIn') };

const main = document.getElementById('main');
const statusEl = document.getElementById('status');
const errorEl = document.getElementById('error');
let controller = null;

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
  const fn = VIEWS[view] || renderSearch;
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
      return VIEWS.signin(main, ctx);
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

/** Views without write actions: they render before the caller's rights are known. */
const READ_ONLY_VIEWS = ['search', 'stances', 'statement'];

(async () => {
  await completeOidcSignIn().catch(showError);
  // GET /me only decides which write actions show (hidden until it answers), so the read-only views do not wait
  // for it: the results are on screen one round trip sooner.
  const rights = refreshRights().catch(() => {}).then(updateAuthUi);
  if (!READ_ONLY_VIEWS.includes(params().get('view') || 'search')) await rights;
  render({ focus: false });
})();
