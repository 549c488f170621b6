// Names for ids in the URL (speaker_id, outlet_id), remembered from answers and fetched when a shared link has them.
import { api } from './api.js';

const KEY = 'statements.labels';
const labels = (() => { try { return JSON.parse(sessionStorage.getItem(KEY)) || {}; } catch { return {}; } })();

export function remember(id, label) {
  if (!id || !label || labels[id] === label) return;
  labels[id] = label;
  try { sessionStorage.setItem(KEY, JSON.stringify(labels)); } catch { /* storage full: names are only a nicety */ }
}

export function known(id) { return labels[id]; }

export async function label(kind, id, signal) {
  if (labels[id]) return labels[id];
  try {
    const r = await api(`/${kind === 'speaker_id' ? 'speakers' : 'outlets'}/${encodeURIComponent(id)}`, { signal });
    remember(id, kind === 'speaker_id' ? r.name : (r.name || r.domain));
  } catch { return id; }
  return labels[id];
}
