// One statement: its words, speaker, channel and intermediary, article, the evidence it was extracted from, and
// every outlet's report of the same utterance (when the service links them).
import { h, time, dateTime, words, Words, stanceBadge, codePoints } from './dom.js';
import { api } from './api.js';
import { status } from './app.js';

export async function renderStatement(main, { signal, params: p }) {
  const id = p.get('id');
  status('Loading statement…');
  const s = await api(`/statements/${encodeURIComponent(id)}`, { signal });
  const [speaker, article, utterance] = await Promise.all([
    s.speaker?.id ? api(`/speakers/${s.speaker.id}`, { signal }).catch(() => null) : null,
    s.article?.id ? api(`/articles/${s.article.id}`, { signal }).catch(() => null) : null,
    s.utterance?.id ? api(`/utterances/${s.utterance.id}`, { signal }).catch(() => s.utterance) : null,
  ]);
  const sp = speaker || s.speaker || {};
  main.append(h('article', { class: 'statement-page', 'aria-labelledby': 'st-h' },
    h('p', { class: 'back' }, h('a', { href: '#', onclick: e => { e.preventDefault(); history.length > 1 ? history.back() : location.assign('./'); } }, '← Back')),
    h('h1', { id: 'st-h', tabindex: '-1' }, `${sp.name || 'Unknown speaker'}${s.cue ? ' ' + s.cue : ''}`),
    h('blockquote', { class: `quote big kind-${(s.kind || '').toLowerCase()}` }, s.text),
    h('p', { class: 'meta' }, h('span', { class: 'badge kind' }, Words(s.kind)), ' ',
      s.stance ? stanceBadge(s.stance, s.stance_target) : null, ' ',
      (s.topics || []).map(t => [h('a', { class: 'badge topic', href: `?topic=${encodeURIComponent(t)}` }, t), ' '])),
    h('div', { class: 'cards' },
      speakerCard(sp),
      h('section', { class: 'card', 'aria-labelledby': 'how-h' }, h('h2', { id: 'how-h' }, 'Reported'),
        h('dl', {},
          pair('Outlet', s.outlet ? h('a', { href: `?outlet_id=${s.outlet.id}` }, s.outlet.name || s.outlet.domain) : null),
          pair('Channel', Words(s.channel)), pair('Via', s.via),
          pair('Stated', s.stated_at ? dateTime(s.stated_at) : null), pair('Reported', s.reported_at ? dateTime(s.reported_at) : null),
          pair('Language', s.language), pair('Origin', Words(s.origin)))),
      articleCard(s, article)),
    evidence(s, article),
    reports(s, utterance)));
  status('');
}

function pair(term, value) {
  return value ? [h('dt', {}, term), h('dd', {}, value)] : null;
}

function speakerCard(sp) {
  return h('section', { class: 'card', 'aria-labelledby': 'sp-h' }, h('h2', { id: 'sp-h' }, 'Speaker'),
    h('dl', {}, pair('Name', sp.id ? h('a', { href: `?speaker_id=${sp.id}` }, sp.name) : sp.name),
      pair('Kind', Words(sp.kind)), pair('Title', sp.title), pair('Affiliation', sp.affiliation),
      pair('Also known as', sp.aliases?.length ? sp.aliases.join(', ') : null),
      pair('Wikidata', sp.wikidata_id ? h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(sp.wikidata_id)}`, rel: 'noopener noreferrer' }, sp.wikidata_id) : null)));
}

function articleCard(s, article) {
  const a = article || s.article;
  if (!a) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'ar-h' }, h('h2', { id: 'ar-h' }, 'Article'),
    h('dl', {}, pair('Title', a.title), pair('Published', a.published_at ? dateTime(a.published_at) : null),
      pair('Link', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer', class: 'break' }, a.url) : null),
      pair('Statements in it', article?.statements ? String(article.statements.length) : null)));
}

/** For extracted statements: the words, cue and speaker mention, marked in the article text when the service sends it. */
function evidence(s, article) {
  const found = article?.statements?.find(x => x.id === s.id);
  if (!found || !found.content) return null;
  const box = h('section', { class: 'evidence', 'aria-labelledby': 'ev-h' }, h('h2', { id: 'ev-h' }, 'Evidence'),
    h('p', {}, `Extracted with confidence ${Math.round((found.confidence ?? 0) * 100)} %.`,
      found.speaker_mention ? [' Speaker as written: ', h('mark', { class: 'speaker-mark' }, found.speaker_mention.text), '.'] : null,
      found.cue_range ? [' Cue: ', h('mark', { class: 'cue-mark' }, found.cue_range.text), '.'] : null));
  if (typeof article.text === 'string') {
    const marks = [{ ...found.content, cls: 'content-mark' }];
    if (found.cue_range) marks.push({ ...found.cue_range, cls: 'cue-mark' });
    if (found.speaker_mention) marks.push({ ...found.speaker_mention, cls: 'speaker-mark' });
    box.append(h('div', { class: 'article-text' }, marked(article.text, marks, found.content)));
  }
  return box;
}

/** The text around the marked ranges (code point offsets), up to a paragraph either side. */
export function marked(text, marks, focus) {
  const cps = codePoints(text);
  const from = Math.max(0, focus.start - 600), to = Math.min(cps.length, focus.end + 600);
  const sorted = marks.filter(m => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start);
  const out = [from > 0 ? '… ' : ''];
  let at = from;
  for (const m of sorted) {
    if (m.start < at) continue;
    out.push(cps.slice(at, m.start).join(''), h('mark', { class: m.cls }, cps.slice(m.start, m.end).join('')));
    at = m.end;
  }
  out.push(cps.slice(at, to).join(''), to < cps.length ? ' …' : '');
  return h('p', {}, out);
}

function reports(s, utterance) {
  const list = utterance?.reports;
  // Shown only when the service links reports (utterances) and another outlet reported the same words.
  if (!Array.isArray(list) || list.length < 2) return null;
  const when = r => r.reported_at || r.article?.published_at || r.first_reported_at || '';
  const sorted = [...list].sort((a, b) => String(when(a)).localeCompare(String(when(b))));
  const first = sorted[0];
  return h('section', { class: 'reports', 'aria-labelledby': 'rep-h' },
    h('h2', { id: 'rep-h' }, `Reported by ${new Set(sorted.map(r => r.outlet?.id || r.outlet?.domain)).size} outlets`),
    h('ol', { class: 'report-list' }, sorted.map(r => {
      const rid = r.statement_id || r.id;
      const outlet = r.outlet?.name || r.outlet?.domain || 'Unknown outlet';
      return h('li', { class: rid === s.id ? 'current' : null },
        h('p', {}, h('strong', {}, outlet), ' · ', time(when(r)) || 'undated', r === first ? h('span', { class: 'badge first' }, 'Reported first') : null,
          r.linked_by ? h('span', { class: 'muted', title: 'How the service linked this report' }, ` · linked by ${words(r.linked_by)}`) : null,
          rid === s.id ? h('span', { class: 'muted' }, ' (this report)') : null),
        r.text ? h('blockquote', { class: 'quote' }, r.text) : null,
        h('p', {}, rid && rid !== s.id ? h('a', { href: `?view=statement&id=${rid}` }, `Open ${outlet}'s report`) : null,
          r.article?.url ? [' · ', h('a', { href: r.article.url, rel: 'noopener noreferrer' }, 'Article')] : null));
    })));
}
