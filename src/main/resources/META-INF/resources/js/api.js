// The public JSON API, called like any frontend app: same auth header, problem+json turned into readable errors.
import { session } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function describe(status, problem) {
  if (status === 401) return 'Please sign in: this needs an API key or a sign-in.';
  if (status === 403) return 'Your account may not do this (it needs the editor role).';
  const title = problem?.title || `The service answered ${status}`;
  const detail = problem?.detail && problem.detail !== title ? `: ${problem.detail}` : '';
  const fields = (problem?.errors || []).map(e => `${e.field ? e.field + ' ' : ''}${e.message}`).join('; ');
  return `${title}${detail}${fields ? ' (' + fields + ')' : ''}`;
}

const listeners = new Set();
/** Called with every 401/403 answer, so the page can offer sign-in or hide write actions. */
export function onAuthProblem(fn) { listeners.add(fn); }

/** The request headers every call sends: JSON or problem+json back, and the signed-in caller's token. */
function headers(token = session.token(), extra = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...extra };
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

export async function api(path, { method = 'GET', body, headers: extra = {}, signal, quiet = false } = {}) {
  const h = headers(session.token(), extra);
  if (body !== undefined) h['Content-Type'] = h['Content-Type'] || 'application/json';
  return answer(fetch(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), signal }),
    { method, path, quiet });
}

/** The JSON of a response (or null for 204), or an ApiError with the problem's words. */
export async function answer(pending, { method = 'GET', path = '', quiet = false } = {}) {
  let response;
  try {
    response = await pending;
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'The service cannot be reached', detail: 'check the connection and try again' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    if (!quiet && (response.status === 401 || response.status === 403)) listeners.forEach(fn => fn(error, method, path));
    throw error;
  }
  return data;
}

export { query } from './first-page.js';
