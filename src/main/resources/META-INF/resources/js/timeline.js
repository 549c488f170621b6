// Statements per period as an SVG bar chart, with a table as its text equivalent. Dragging across the bars (or
// clicking one) sets the date range; the date fields in the sidebar do the same from the keyboard.
import { h, clear, date } from './dom.js';
import { api, query } from './api.js';
import { params, navigate } from './app.js';

const DAY = 86400000;
const W = 1000, H = 100;

/**
 * The timeline's frame while its counts load: the same heading, chart, axis, hint and table rows as the drawn chart,
 * empty, so the results below do not jump down when the chart arrives (a reader, or a test, clicking a result as
 * it moved would hit something else).
 */
export function timelineSkeleton(box) {
  box.setAttribute('aria-busy', 'true');
  box.append(h('h2', { id: 'timeline-h' }, 'Timeline ', h('span', { class: 'muted' }, '(counting…)')),
    h('figure', {}, h('div', { class: 'chart', 'aria-hidden': 'true' }),
      h('div', { class: 'axis', 'aria-hidden': 'true' }, h('span', {}, '\u00a0')),
      h('figcaption', { class: 'hint' }, '\u00a0')),
    h('details', { class: 'as-table' }, h('summary', {}, 'Timeline as a table')));
}

export async function renderTimeline(box, f, signal) {
  const t = await api(`/statements/timeline${query(f)}`, { signal });
  clear(box);
  box.removeAttribute('aria-busy');
  const buckets = fill(t.items, t.interval);
  const total = t.items.reduce((n, b) => n + b.count, 0);
  box.append(h('h2', { id: 'timeline-h' }, `Timeline `, h('span', { class: 'muted' }, `(per ${t.interval.toLowerCase()})`)));
  if (!buckets.length) { box.append(h('p', { class: 'muted' }, 'No dated statements.')); return; }
  const max = Math.max(...buckets.map(b => b.count));
  const bw = (W - 2) / buckets.length;
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'chart', role: 'img',
    'aria-label': `Bar chart: ${total} statements from ${date(buckets[0].start)} to ${date(buckets.at(-1).start)}, most in one ${t.interval.toLowerCase()}: ${max}. Drag across bars to set the date range.` });
  buckets.forEach((b, i) => {
    const bh = b.count ? Math.max(2, (b.count / max) * (H - 4)) : 0;
    const bar = h('svg:rect', { x: 1 + i * bw + bw * 0.1, y: H - bh, width: Math.max(1, bw * 0.8), height: bh, class: 'bar' });
    bar.append(h('svg:title', {}, `${label(b.start, t.interval)}: ${b.count}`));
    svg.append(bar);
  });
  const selection = h('svg:rect', { y: 0, height: H, class: 'selection', visibility: 'hidden' });
  svg.append(selection);
  drag(svg, selection, buckets, bw, t.interval);
  const middle = buckets.length > 4 ? label(buckets[Math.floor(buckets.length / 2)].start, t.interval) : '';
  const axis = h('div', { class: 'axis', 'aria-hidden': 'true' }, h('span', {}, label(buckets[0].start, t.interval)),
    h('span', {}, middle), h('span', {}, buckets.length > 1 ? label(buckets.at(-1).start, t.interval) : ''));
  box.append(h('figure', {}, svg, axis, h('figcaption', { class: 'hint' }, 'Drag across the bars or click one to keep only those dates.')),
    h('details', { class: 'as-table' }, h('summary', {}, 'Timeline as a table'),
      h('table', {}, h('caption', { class: 'visually-hidden' }, 'Statements per period'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.interval === 'DAY' ? 'Day' : `${t.interval[0]}${t.interval.slice(1).toLowerCase()} starting`), h('th', { scope: 'col' }, 'Statements'))),
        h('tbody', {}, t.items.map(b => h('tr', {}, h('td', {}, label(b.start, t.interval)), h('td', { class: 'num' }, String(b.count))))))));
}

function label(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'MONTH') return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return date(d.toISOString());
}

function next(start, interval) {
  const d = new Date(start + 'T00:00:00Z');
  if (interval === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setTime(d.getTime() + (interval === 'WEEK' ? 7 : 1) * DAY);
  return d.toISOString().slice(0, 10);
}

/** Every period between the first and the last, empty ones with count 0, so bars stand on a true time axis. */
function fill(items, interval) {
  if (!items.length) return [];
  const counts = new Map(items.map(b => [b.start, b.count]));
  const out = [];
  for (let s = items[0].start; s <= items.at(-1).start && out.length < 2000; s = next(s, interval)) {
    out.push({ start: s, count: counts.get(s) || 0 });
  }
  return out;
}

function drag(svg, selection, buckets, bw, interval) {
  let from = null;
  const index = e => {
    const r = svg.getBoundingClientRect();
    const x = (e.clientX - r.left) / r.width * W;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor((x - 1) / bw)));
  };
  const show = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    selection.setAttribute('x', 1 + lo * bw); selection.setAttribute('width', (hi - lo + 1) * bw);
    selection.setAttribute('visibility', 'visible');
  };
  svg.addEventListener('pointerdown', e => { from = index(e); svg.setPointerCapture(e.pointerId); show(from, from); });
  svg.addEventListener('pointermove', e => { if (from != null) show(from, index(e)); });
  svg.addEventListener('pointerup', e => {
    if (from == null) return;
    const to = index(e);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    from = null;
    const p = params();
    p.set('reported_after', buckets[lo].start);
    p.set('reported_before', next(buckets[hi].start, interval));
    navigate(p, { focus: false });
  });
}
