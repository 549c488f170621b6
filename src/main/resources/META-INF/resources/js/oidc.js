// OpenID Connect authorization code flow with PKCE (RFC 7636), in plain browser JavaScript: the page redirects to
// the issuer's authorization endpoint and exchanges the returned code at its token endpoint. The issuer and client
// id come from the service (GET /auth/oidc, when it offers one); without them only API keys are offered.
const PENDING = 'statements.oidc.pending';

export async function oidcConfig() {
  const r = await fetch('/auth/oidc', { headers: { Accept: 'application/json' } });
  if (!r.ok) return null;
  const c = await r.json();
  if (!c.issuer || !c.client_id) return null;
  const d = await fetch(`${c.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then(x => x.json());
  return { ...c, authorization_endpoint: d.authorization_endpoint, token_endpoint: d.token_endpoint };
}

const b64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const random = n => b64url(crypto.getRandomValues(new Uint8Array(n)));

export async function startOidcSignIn(config) {
  const verifier = random(48), state = random(16);
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const redirect = location.origin + location.pathname;
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, redirect, token_endpoint: config.token_endpoint, client_id: config.client_id }));
  const u = new URL(config.authorization_endpoint);
  Object.entries({ response_type: 'code', client_id: config.client_id, redirect_uri: redirect, scope: config.scope || 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256' }).forEach(([k, v]) => u.searchParams.set(k, v));
  location.assign(u);
}

/** On return from the issuer (?code=&state=): checks the state, exchanges the code, cleans the URL. */
export async function finishOidcSignIn() {
  const p = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!p.has('code') || !pending) return null;
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname);
  if (p.get('state') !== pending.state) throw new Error('Sign-in failed: the answer did not match the request. Try again.');
  const r = await fetch(pending.token_endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: p.get('code'), redirect_uri: pending.redirect,
      client_id: pending.client_id, code_verifier: pending.verifier }) });
  if (!r.ok) throw new Error('Sign-in failed: the identity provider refused the code.');
  const token = await r.json();
  let name;
  try { name = JSON.parse(atob(token.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).preferred_username; } catch { name = undefined; }
  return { access_token: token.access_token, name };
}
