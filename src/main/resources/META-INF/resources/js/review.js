// Extraction review: paste an article, see the statements the service suggests marked in the text, accept, edit or
// reject each, and store the accepted ones (POST /statements, origin EXTRACTED, one per accepted suggestion).
import { h, clear, Words, codePoints } from './dom.js';
import { api } from './api.js';
import { status, showError } from './app.js';
import { session } from './auth.js';

const KINDS = ['DIRECT', 'PARTIAL', 'INDIRECT'];
const STANCES = ['', 'SUPPORT', 'OPPOSE', 'NEUTRAL', 'UNCLEAR'];
const CHANNELS = ['', 'STATEMENT', 'TWEET', 'PRESS_CONFERENCE', 'INTERVIEW', 'PHONE_CALL', 'READOUT', 'SPEECH', 'OTHER'];
const SPEAKER_KINDS = ['PERSON', 'ORGANIZATION', 'GROUP', 'ANONYMOUS'];

export function renderReview(main) {
  main.append(h('h1', { tabindex: '-1' }, 'Review an extraction'),
    h('p', { class: 'lead' }, 'Paste an article. The service suggests who said what; accept, edit or reject each suggestion, then store the accepted ones.'));
  if (!session.canWrite()) {
    main.append(h('p', { class: 'notice' }, 'Reviewing extractions and storing statements needs the editor role. ',
      h('a', { href: '?view=signin' }, 'Sign in'), ' with such an account or key.'));
    return;
  }
  const f = {
    text: h('textarea', { id: 'rv-text', rows: 10, required: true, maxlength: 200000 }),
    url: h('input', { id: 'rv-url', type: 'url', placeholder: 'https://…', required: true }),
    domain: h('input', { id: 'rv-domain', placeholder: 'from the URL when empty' }),
    name: h('input', { id: 'rv-name', placeholder: 'Outlet name' }),
    title: h('input', { id: 'rv-title' }),
    published: h('input', { id: 'rv-published', type: 'date' }),
  };
  const results = h('section', { class: 'review-results', 'aria-labelledby': 'rv-results-h', hidden: true });
  const field = (id, text, el, hint) => h('div', { class: 'field' }, h('label', { for: id }, text), el, hint ? h('p', { class: 'hint' }, hint) : null);
  const form = h('form', { class: 'review-form', onsubmit: e => { e.preventDefault(); extract(f, results).catch(showError); } },
    field('rv-text', 'Article text', f.text, 'Paragraphs separated by line breaks; English.'),
    h('div', { class: 'grid2' }, field('rv-url', 'Article URL', f.url), field('rv-title', 'Title', f.title),
      field('rv-domain', 'Outlet domain', f.domain), field('rv-name', 'Outlet name', f.name), field('rv-published', 'Published on', f.published)),
    h('button', { type: 'submit' }, 'Find statements'));
  main.append(form, results);
}

function domainOf(f) {
  if (f.domain.value.trim()) return f.domain.value.trim();
  try { return new URL(f.url.value).hostname.replace(/^www\./, ''); } catch { return ''; }
}

function requestOf(f) {
  return {
    text: f.text.value, url: f.url.value.trim(), title: f.title.value.trim() || undefined,
    outlet: { domain: domainOf(f), name: f.name.value.trim() || domainOf(f) },
    published_at: f.published.value ? `${f.published.value}T00:00:00Z` : undefined, language: 'en',
  };
}

async function extract(f, results) {
  status('Finding statements…');
  const request = requestOf(f);
  const answer = await api('/extractions', { method: 'POST', body: { ...request, outlet: request.outlet } });
  const items = answer.statements.map((s, i) => ({
    n: i + 1, s, decision: 'pending',
    edit: { text: s.text, kind: s.kind, speaker: s.speaker?.name || s.speaker_mention?.text || '',
      speaker_kind: s.speaker?.kind || 'PERSON', speaker_id: s.speaker?.id, stance: '', stance_target: '',
      channel: s.channel || '', via: s.via || '', cue: s.cue || '' },
  }));
  results.hidden = false;
  clear(results).append(h('h2', { id: 'rv-results-h', tabindex: '-1' }, `${items.length} suggested statements`));
  if (!items.length) { results.append(h('p', { class: 'empty' }, 'The service found no statements in this text.')); status(''); results.querySelector('h2').focus(); return; }
  const textBox = h('div', { class: 'article-text review-text' });
  const list = h('ol', { class: 'suggestions' });
  const store = h('button', { type: 'button', id: 'rv-store', 'data-write': '' });
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const redraw = () => {
    clear(textBox).append(markedText(request.text, items));
    const accepted = items.filter(i => i.decision === 'accepted').length;
    store.textContent = `Store ${accepted} accepted statement${accepted === 1 ? '' : 's'}`;
    store.disabled = !accepted;
    store.hidden = !session.may('store');
  };
  items.forEach(item => list.append(card(item, redraw)));
  store.addEventListener('click', () => save(request, items, outcome, store).catch(showError));
  results.append(h('div', { class: 'review-layout' },
    h('section', { 'aria-labelledby': 'rv-text-h' }, h('h3', { id: 'rv-text-h' }, 'In the text'), textBox),
    h('section', { 'aria-labelledby': 'rv-list-h' }, h('h3', { id: 'rv-list-h' }, 'Suggestions'), list,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => {
        items.forEach(i => { if (i.decision === 'pending') i.decision = 'accepted'; });
        list.querySelectorAll('li').forEach((li, k) => li.replaceWith(card(items[k], redraw))); redraw();
      } }, 'Accept all remaining'), store), outcome)));
  redraw();
  status(`${items.length} statements suggested`);
  results.querySelector('h2').focus();
}

function markedText(text, items) {
  const cps = codePoints(text);
  const marks = items.flatMap(i => [
    { ...i.s.content, cls: `content-mark ${i.decision}`, n: i.n },
    i.s.speaker_mention ? { ...i.s.speaker_mention, cls: 'speaker-mark', n: i.n } : null,
  ]).filter(Boolean).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(cps.slice(at, m.start).join(''));
    out.push(h('mark', { class: m.cls, title: `Suggestion ${m.n}` }, h('sup', { class: 'n' }, String(m.n)), cps.slice(m.start, m.end).join('')));
    at = m.end;
  }
  out.push(cps.slice(at).join(''));
  return h('p', {}, out);
}

function card(item, redraw) {
  const li = h('li', { class: `suggestion ${item.decision}`, id: `sg-${item.n}` });
  const draw = (editing = false) => {
    clear(li);
    li.className = `suggestion ${item.decision}`;
    const e = item.edit;
    li.append(h('h4', {}, `Suggestion ${item.n}`, h('span', { class: `badge decision ${item.decision}` }, Words(item.decision))),
      ...(editing ? [editor(item, () => { draw(false); redraw(); li.querySelector('h4').scrollIntoView({ block: 'nearest' }); })] : [
        h('blockquote', { class: 'quote' }, e.text),
        h('p', { class: 'meta' }, h('strong', {}, e.speaker || 'No speaker found'), ' · ', Words(e.kind),
          e.channel ? ` · ${Words(e.channel)}` : '', e.via ? ` · via ${e.via}` : '',
          e.stance ? [' · ', h('span', { class: `badge stance-${e.stance.toLowerCase()}` }, `${Words(e.stance)}${e.stance_target ? ' · ' + e.stance_target : ''}`)] : '',
          ' · ', h('span', { class: 'confidence' }, `confidence ${Math.round(item.s.confidence * 100)} %`)),
        h('div', { class: 'actions', role: 'group', 'aria-label': `Suggestion ${item.n}` },
          h('button', { type: 'button', class: 'accept', 'aria-pressed': String(item.decision === 'accepted'),
            onclick: () => {
              if (!e.speaker.trim()) { draw(true); li.querySelector('input').focus(); return; }
              item.decision = item.decision === 'accepted' ? 'pending' : 'accepted'; draw(); redraw(); li.querySelector('.accept').focus();
            } }, 'Accept'),
          h('button', { type: 'button', class: 'secondary', onclick: () => { draw(true); li.querySelector('textarea').focus(); } }, 'Edit'),
          h('button', { type: 'button', class: 'reject', 'aria-pressed': String(item.decision === 'rejected'),
            onclick: () => { item.decision = item.decision === 'rejected' ? 'pending' : 'rejected'; draw(); redraw(); li.querySelector('.reject').focus(); } }, 'Reject'))]));
  };
  draw();
  return li;
}

function editor(item, done) {
  const e = item.edit, id = k => `sg-${item.n}-${k}`;
  const select = (k, values) => h('select', { id: id(k) }, values.map(v => h('option', { value: v, selected: e[k] === v }, v ? Words(v) : '—')));
  const els = {
    text: h('textarea', { id: id('text'), rows: 3, maxlength: 10000 }, e.text),
    speaker: h('input', { id: id('speaker'), value: e.speaker, required: true, maxlength: 300 }),
    speaker_kind: select('speaker_kind', SPEAKER_KINDS), kind: select('kind', KINDS), stance: select('stance', STANCES),
    stance_target: h('input', { id: id('stance_target'), value: e.stance_target, maxlength: 300 }),
    channel: select('channel', CHANNELS), via: h('input', { id: id('via'), value: e.via, maxlength: 300 }),
  };
  const labels = { text: 'Words', speaker: 'Speaker', speaker_kind: 'Speaker kind', kind: 'Kind', stance: 'Stance', stance_target: 'Stance target', channel: 'Channel', via: 'Via' };
  return h('form', { class: 'editor', onsubmit: ev => {
    ev.preventDefault();
    const speaker = els.speaker.value.trim();
    if (speaker !== e.speaker) e.speaker_id = undefined;
    Object.keys(els).forEach(k => { e[k] = els[k].value.trim(); });
    if (!e.text || !e.speaker) { els[!e.text ? 'text' : 'speaker'].focus(); return; }
    item.decision = 'accepted';
    done();
  } },
  Object.keys(els).map(k => h('div', { class: 'field' }, h('label', { for: id(k) }, labels[k]), els[k])),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save and accept'), h('button', { type: 'button', class: 'secondary', onclick: done }, 'Cancel')));
}

async function save(request, items, outcome, store) {
  const accepted = items.filter(i => i.decision === 'accepted' && !i.stored);
  store.disabled = true;
  status(`Storing ${accepted.length} statements…`);
  const stored = [];
  try {
    for (const i of accepted) {
      const e = i.edit;
      const body = {
        text: e.text, kind: e.kind, origin: 'EXTRACTED', language: 'en',
        speaker: e.speaker_id ? { id: e.speaker_id } : { name: e.speaker, kind: e.speaker_kind },
        outlet: request.outlet,
        article: { url: request.url, title: request.title, published_at: request.published_at, language: 'en' },
        cue: e.cue || undefined, channel: e.channel || undefined, via: e.via || undefined,
        stance: e.stance || undefined, stance_target: e.stance && e.stance_target ? e.stance_target : undefined,
      };
      const s = await api('/statements', { method: 'POST', body });
      i.stored = s.id;
      stored.push({ i, s });
    }
  } finally {
    clear(outcome);
    if (stored.length) {
      outcome.append(h('p', { class: 'success' }, `Stored ${stored.length} statement${stored.length === 1 ? '' : 's'}:`),
        h('ul', {}, stored.map(({ i, s }) => h('li', {}, h('a', { href: `?view=statement&id=${s.id}` }, `Suggestion ${i.n}: ${s.speaker?.name}`)))));
    }
    store.disabled = !items.some(i => i.decision === 'accepted' && !i.stored);
    status(stored.length ? `Stored ${stored.length} statements` : '');
  }
}
