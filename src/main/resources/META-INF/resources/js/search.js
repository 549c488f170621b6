// The search view: results with highlights, facets and filters, the timeline, paging through the cursor.
import { h, highlighted, time, Words, stanceBadge, clear } from './dom.js';
import { api, answer, query } from './api.js';
import { params, filters, navigate, status, showError } from './app.js';
import { PAGE, firstPageUrl, takeFirstPage } from './first-page.js';
import { remember, label, known } from './labels.js';
import { renderTimeline, timelineSkeleton } from './timeline.js';

/** Facets of GET /statements/facets, the URL parameter each value sets, and how it is shown. */
const FACETS = [
  { facet: 'speaker', param: 'speaker_id', title: 'Speaker', byId: true },
  { facet: 'outlet', param: 'outlet_id', title: 'Outlet', byId: true },
  { facet: 'stance', param: 'stance', title: 'Stance', words: true },
  { facet: 'stance_target', param: 'stance_target', title: 'Target' },
  { facet: 'channel', param: 'channel', title: 'Channel', words: true },
  { facet: 'topic', param: 'topic', title: 'Topic' },
  { facet: 'language', param: 'language', title: 'Language' },
];
const CHIP_TITLES = { speaker_id: 'Speaker', speaker: 'Speaker', outlet_id: 'Outlet', outlet: 'Outlet', stance: 'Stance',
  stance_target: 'Target', channel: 'Channel', topic: 'Topic', language: 'Language', kind: 'Kind',
  reported_after: 'From', reported_before: 'Before' };

/** A copy of the current URL state with one filter value added or removed. */
export function toggled(param, value, p = params()) {
  const next = new URLSearchParams(p);
  const values = next.getAll(param);
  const has = values.some(v => v.toLowerCase() === value.toLowerCase());
  next.delete(param);
  (has ? values.filter(v => v.toLowerCase() !== value.toLowerCase()) : [...values, value]).forEach(v => next.append(param, v));
  next.delete('view'); next.delete('id');
  return next;
}

export async function renderSearch(main, { signal, params: p }) {
  const f = filters(p);
  const hasQ = !!f.q;
  const heading = h('h1', { id: 'results-h', tabindex: '-1' }, hasQ ? `Statements matching “${f.q}”` : 'Statements');
  const hits = h('div', { class: 'hits', id: 'hits' });
  const more = h('div', { class: 'more' });
  const facetBox = h('div', { class: 'facets' }, h('p', { class: 'muted' }, 'Counting…'));
  const timelineBox = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-h' });
  timelineSkeleton(timelineBox);
  main.append(h('div', { class: 'search-layout' },
    h('aside', { class: 'filters', 'aria-labelledby': 'filters-h' },
      h('h2', { id: 'filters-h' }, 'Filters'), speakerPicker(p), dateRange(p), facetBox),
    h('section', { class: 'results', 'aria-labelledby': 'results-h' },
      heading, chips(p, signal), toolbar(p), timelineBox, hits, more)));

  status('Searching…');
  // Results first: the facets and the timeline count every match (seconds over a large search) and would compete
  // with the page of results for the database's CPU, so they are asked for once the results are on screen.
  const url = firstPageUrl(p);
  const early = takeFirstPage(url);
  const page = await (early ? answer(early, { path: url }) : api(url, { signal }));
  api(`/statements/facets${query(withoutSort(f))}`, { signal })
    .then(facets => showFacets(facetBox, facets, p)).catch(e => { clear(facetBox); showError(e); });
  showHits(hits, page.items, hasQ);
  pager(more, page, f, hasQ, signal);
  status(page.items.length ? `${page.items.length}${page.next_cursor ? '+' : ''} statements shown` : 'No statements match');
  if (!page.items.length) hits.append(h('p', { class: 'empty' }, 'No statement matches. Remove a filter or try other words.'));
  renderTimeline(timelineBox, withoutSort(f), signal).catch(e => { clear(timelineBox); showError(e); });
}

function withoutSort(f) { const { sort, ...rest } = f; return rest; }

function toolbar(p) {
  const current = p.get('sort') || '';
  const select = h('select', { id: 'sort', onchange: e => {
    const next = new URLSearchParams(p); next.delete('sort');
    if (e.target.value) next.set('sort', e.target.value);
    navigate(next, { focus: false });
  }, dataset: { focusKey: 'sort' } },
  [['', p.get('q') ? 'Best match' : 'Newest first'], ...(p.get('q') ? [['-reported_at', 'Newest first']] : []), ['reported_at', 'Oldest first']]
    .map(([v, l]) => h('option', { value: v, selected: v === current }, l)));
  return h('div', { class: 'toolbar' }, h('label', { for: 'sort' }, 'Sort'), select);
}

function chips(p, signal) {
  const list = h('ul', { class: 'chips', 'aria-label': 'Active filters' });
  for (const [k, title] of Object.entries(CHIP_TITLES)) {
    for (const v of p.getAll(k)) {
      const text = h('span', {}, k.endsWith('_id') ? '…' : (['stance', 'channel', 'kind'].includes(k) ? Words(v) : v));
      if (k.endsWith('_id')) label(k, v, signal).then(l => { text.textContent = l; });
      const next = toggled(k, v, p);
      list.append(h('li', {}, h('a', { class: 'chip', href: `?${next}`, dataset: { focusKey: `chip-${k}-${v}` } },
        `${title}: `, text, h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×'), h('span', { class: 'visually-hidden' }, ' (remove filter)'))));
    }
  }
  if (!list.children.length) return h('div');
  const cleared = new URLSearchParams(); if (p.get('q')) cleared.set('q', p.get('q'));
  list.append(h('li', {}, h('a', { class: 'chip clear', href: `?${cleared}` }, 'Clear all filters')));
  return list;
}

function showHits(box, items, hasQ) {
  for (const s of items) {
    remember(s.speaker?.id, s.speaker?.name);
    remember(s.outlet?.id, s.outlet?.name || s.outlet?.domain);
    box.append(hit(s, hasQ));
  }
}

export function hit(s, hasQ) {
  const id = `hit-${s.id}`;
  const when = s.reported_at || s.article?.published_at;
  return h('article', { class: 'hit', 'aria-labelledby': id },
    h('h3', { id }, h('a', { href: `?view=statement&id=${s.id}` }, s.speaker?.name || 'Unknown speaker'),
      s.speaker?.title ? h('span', { class: 'muted' }, `, ${s.speaker.title}`) : null),
    h('blockquote', { class: `quote kind-${(s.kind || '').toLowerCase()}` }, hasQ && s.highlight ? highlighted(s.highlight) : s.text),
    h('p', { class: 'meta' },
      h('span', { class: 'outlet' }, s.outlet?.name || s.outlet?.domain), ' · ', time(when), ' · ',
      h('span', { class: 'badge kind', title: 'Kind of statement' }, Words(s.kind)),
      s.channel ? [' ', h('span', { class: 'badge channel', title: 'Channel' }, Words(s.channel))] : null,
      s.stance ? [' ', stanceBadge(s.stance, s.stance_target)] : null,
      s.utterance?.reports > 1 ? [' ', h('a', { class: 'badge reports', href: `?view=statement&id=${s.id}` }, `${s.utterance.reports} reports`,
        h('span', { class: 'visually-hidden' }, ` of these words by ${s.speaker?.name || 'the speaker'}`))] : null,
      s.article?.url ? [' · ', h('a', { href: s.article.url, rel: 'noopener noreferrer', target: '_blank' }, 'Article',
        h('span', { class: 'visually-hidden' }, ` in ${s.outlet?.name || 'the outlet'} (opens in a new tab)`))] : null));
}

function pager(box, page, f, hasQ, signal) {
  clear(box);
  if (!page.next_cursor) return;
  const button = h('button', { type: 'button', class: 'secondary', id: 'more' }, 'More results');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status('Loading more…');
    try {
      const next = await api(`/statements${query({ ...f, limit: PAGE, cursor: page.next_cursor })}`, { signal });
      const hits = document.getElementById('hits');
      const first = hits.children.length;
      showHits(hits, next.items, hasQ);
      status(`${hits.children.length}${next.next_cursor ? '+' : ''} statements shown`);
      hits.children[first]?.querySelector('h3 a')?.focus();
      pager(box, next, f, hasQ, signal);
    } catch (e) { button.disabled = false; showError(e); }
  });
  box.append(button);
}

function showFacets(box, facets, p) {
  clear(box);
  for (const def of FACETS) {
    const values = facets[def.facet] || [];
    if (!values.length) continue;
    const gid = `facet-${def.facet}`;
    box.append(h('section', { class: 'facet', 'aria-labelledby': gid },
      h('h3', { id: gid }, def.title),
      h('ul', {}, values.map(v => {
        const value = def.byId ? v.id : v.value;
        if (def.byId && !known(v.id)) remember(v.id, v.value);
        const selected = p.getAll(def.param).some(x => x.toLowerCase() === String(value).toLowerCase());
        const shown = def.words ? Words(v.value) : v.value;
        return h('li', {}, h('button', {
          type: 'button', class: 'facet-value', 'aria-pressed': String(selected),
          dataset: { focusKey: `facet-${def.param}-${value}` },
          onclick: () => navigate(toggled(def.param, String(value), p), { focus: false }),
        }, h('span', { class: 'v' }, shown), h('span', { class: 'count' }, h('span', { class: 'visually-hidden' }, ', '),
          (facets.approximate ? '≈' : '') + String(v.count),
          h('span', { class: 'visually-hidden' }, v.count === 1 ? ' statement' : ' statements'))));
      }))));
  }
  if (!box.children.length) box.append(h('p', { class: 'muted' }, 'Nothing to count.'));
  else if (facets.approximate) box.prepend(h('p', { class: 'muted' }, 'Estimated counts (≈): this search matches too many statements to count each one.'));
}

function speakerPicker(p) {
  const list = h('datalist', { id: 'speaker-options' });
  const ids = new Map();
  const input = h('input', { id: 'speaker-input', type: 'search', list: 'speaker-options', autocomplete: 'off', maxlength: '300',
    placeholder: 'Name or alias', 'aria-describedby': 'speaker-hint' });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (ids.has(text.toLowerCase())) return;
    timer = setTimeout(async () => {
      if (text.length < 2) return;
      try {
        const r = await api(`/speakers${query({ q: text, limit: 10 })}`);
        clear(list);
        for (const s of r.items) {
          ids.set(s.name.toLowerCase(), s.id);
          remember(s.id, s.name);
          const also = (s.aliases || []).slice(0, 3).join(', ');
          list.append(h('option', { value: s.name, label: also ? `also: ${also}` : (s.title || '') }));
        }
      } catch (e) { /* autocomplete is a convenience; the filter works with a typed name too */ }
    }, 180);
  });
  const form = h('form', { class: 'speaker-picker', onsubmit: e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const id = ids.get(text.toLowerCase());
    navigate(id ? toggled('speaker_id', id, p) : toggled('speaker', text, p));
  } },
  h('label', { for: 'speaker-input' }, 'Speaker'),
  h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'secondary' }, 'Add')),
  h('p', { id: 'speaker-hint', class: 'hint' }, 'Suggestions match names and aliases as you type.'), list);
  return form;
}

function dateRange(p) {
  const after = p.get('reported_after')?.slice(0, 10) || '';
  const beforeRaw = p.get('reported_before')?.slice(0, 10);
  // The URL's reported_before is exclusive; the "to" field shows the last day included.
  const to = beforeRaw ? new Date(Date.parse(beforeRaw) - 86400000).toISOString().slice(0, 10) : '';
  const from = h('input', { type: 'date', id: 'date-from', value: after });
  const until = h('input', { type: 'date', id: 'date-to', value: to });
  return h('form', { class: 'date-range', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams(p);
    next.delete('reported_after'); next.delete('reported_before');
    if (from.value) next.set('reported_after', from.value);
    if (until.value) next.set('reported_before', new Date(Date.parse(until.value) + 86400000).toISOString().slice(0, 10));
    navigate(next);
  } },
  h('fieldset', {}, h('legend', {}, 'Reported between'),
    h('div', { class: 'row' }, h('label', { for: 'date-from' }, 'From'), from),
    h('div', { class: 'row' }, h('label', { for: 'date-to' }, 'To'), until),
    h('button', { type: 'submit', class: 'secondary' }, 'Apply dates')));
}
