// Tiny DOM helpers: elements are built with properties and children, never from concatenated HTML.
export function h(tag, props = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k in el && !tag.startsWith('svg:') && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** The service's highlight (escaped text with <mark> tags) as nodes; anything but <mark> is reduced to its text. */
export function highlighted(html) {
  const t = document.createElement('template');
  t.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const n of [...t.content.childNodes]) {
    if (n.nodeType === Node.TEXT_NODE) out.append(n.textContent);
    else if (n.nodeName === 'MARK') out.append(h('mark', {}, n.textContent));
    else out.append(n.textContent || '');
  }
  return out;
}

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

export function date(iso) { return iso ? dateFmt.format(new Date(iso)) : ''; }
export function dateTime(iso) { return iso ? timeFmt.format(new Date(iso)) : ''; }
export function time(iso, label) {
  return iso ? h('time', { datetime: iso, title: dateTime(iso) }, label || date(iso)) : null;
}

export const words = s => s ? s.toLowerCase().replaceAll('_', ' ') : '';
export const Words = s => { const w = words(s); return w ? w[0].toUpperCase() + w.slice(1) : ''; };

export function stanceBadge(stance, target) {
  if (!stance) return null;
  const label = target ? `${Words(stance)} · ${target}` : Words(stance);
  return h('span', { class: `badge stance-${stance.toLowerCase()}`, title: `Stance: ${words(stance)}${target ? ' toward ' + target : ''}` },
    h('span', { class: 'visually-hidden' }, 'Stance: '), label);
}

/** Array.from counts code points, as the extraction offsets do. */
export function codePoints(text) { return Array.from(text); }

export function clear(el) { el.replaceChildren(); return el; }
