// Who blames whom: speakers × stance targets, each cell coloured by its SUPPORT / OPPOSE counts. The heatmap is a
// table, so screen readers and keyboards get the same numbers; each cell links to the statements behind it.
import { h, clear } from './dom.js';
import { api, query } from './api.js';
import { filters, status } from './app.js';
import { remember } from './labels.js';

const MAX_SPEAKERS = 15, MAX_TARGETS = 10;

export async function renderStances(main, { signal, params: p }) {
  const f = filters(p, ['sort']);
  main.append(h('h1', { tabindex: '-1' }, 'Who blames whom'),
    h('p', { class: 'lead' }, 'For the current search and filters: how often each speaker supports or opposes each target. ',
      'Open a cell to read the statements.'));
  const box = h('div', { class: 'heatmap-box' }, h('p', { class: 'muted' }, 'Counting…'));
  main.append(box);
  status('Counting stances…');
  const table = await api(`/stances${query({ ...f, limit: 100 })}`, { signal });
  clear(box);
  // counts are keyed by the Stance enum values (GET /stances); the cells read them as plain numbers
  const rows = table.items.filter(r => r.target).map(r => ({ ...r, support: r.counts.SUPPORT,
    oppose: r.counts.OPPOSE, neutral: r.counts.NEUTRAL, unclear: r.counts.UNCLEAR }));
  if (!rows.length) {
    box.append(h('p', { class: 'empty' }, 'No statement with a stance toward a target matches.'));
    status('No stances');
    return;
  }
  const speakers = top(rows, r => r.speaker.id, MAX_SPEAKERS);
  const targets = top(rows, r => r.target.toLowerCase(), MAX_TARGETS);
  const cells = new Map(rows.map(r => [`${r.speaker.id}|${r.target.toLowerCase()}`, r]));
  const names = new Map(rows.map(r => [r.speaker.id, r.speaker.name]));
  const targetNames = new Map(rows.map(r => [r.target.toLowerCase(), r.target]));
  speakers.forEach(id => remember(id, names.get(id)));
  const max = Math.max(...rows.map(r => r.support + r.oppose), 1);
  box.append(h('div', { class: 'table-scroll' }, h('table', { class: 'heatmap' },
    h('caption', {}, `Support and oppose counts, top ${speakers.length} speakers × top ${targets.length} targets`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Speaker'), targets.map(t => h('th', { scope: 'col' }, targetNames.get(t))))),
    h('tbody', {}, speakers.map(id => h('tr', {}, h('th', { scope: 'row' }, names.get(id)),
      targets.map(t => cell(cells.get(`${id}|${t}`), names.get(id), targetNames.get(t), max, p))))))),
  legend());
  status(`${speakers.length} speakers, ${targets.length} targets`);
}

function top(rows, key, n) {
  const totals = new Map();
  rows.forEach(r => totals.set(key(r), (totals.get(key(r)) || 0) + r.total));
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(e => e[0]);
}

function cell(r, speaker, target, max, p) {
  if (!r) return h('td', { class: 'empty-cell' }, h('span', { class: 'visually-hidden' }, 'none'));
  const leaning = r.support + r.oppose ? (r.support - r.oppose) / (r.support + r.oppose) : 0;
  const strength = (r.support + r.oppose) / max;
  const td = h('td', { class: `heat ${leaning < 0 ? 'oppose' : leaning > 0 ? 'support' : 'even'}` });
  // Colour intensity through CSSOM custom properties (allowed by a strict CSP, unlike style attributes).
  td.style.setProperty('--heat', (0.12 + 0.48 * strength * Math.abs(leaning || 0.3)).toFixed(2));
  const next = new URLSearchParams();
  for (const [k, v] of p) if (!['view', 'id', 'stance_target', 'speaker_id', 'speaker'].includes(k)) next.append(k, v);
  next.set('speaker_id', r.speaker.id);
  next.set('stance_target', r.target);
  const label = `${speaker} toward ${target}: ${r.support} support, ${r.oppose} oppose, ${r.neutral + r.unclear} other`;
  td.append(h('a', { href: `?${next}`, 'aria-label': label, title: label },
    h('span', { class: 's' }, `▲${r.support}`), ' ', h('span', { class: 'o' }, `▼${r.oppose}`),
    r.neutral + r.unclear ? h('span', { class: 'n' }, ` ·${r.neutral + r.unclear}`) : null));
  return td;
}

function legend() {
  return h('p', { class: 'legend' }, h('span', { class: 'swatch support' }), ' mostly supports (▲ support count) ',
    h('span', { class: 'swatch oppose' }), ' mostly opposes (▼ oppose count) ', h('span', { class: 'swatch even' }),
    ' balanced; · neutral or unclear. Darker means more statements.');
}
