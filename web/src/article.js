import { el, api, QUADS } from './dom.js';
import { articleMap } from './map.js';

// Every annotation with a span becomes a layer; the text is cut at every span boundary and each
// piece is one <span> carrying the classes (and explanations) of all annotations covering it, so
// nested and overlapping annotations (a name inside a quote) both show.
function layers(a) {
  const entityById = new Map(a.entities.map((e) => [e.id, e]));
  const out = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      out.push({ start: m.start, end: m.end, kind: 'entity', cls: 'ent ent-' + e.type,
        explain: `${e.type} ${e.name}${e.code ? ' · actor code ' + e.code : ''}${e.country ? ' · ' + e.country : ''}` });
    }
  }
  for (const q of a.quotes) {
    const speaker = q.speaker_name || (q.speaker && entityById.get(q.speaker)?.name);
    out.push({ start: q.start, end: q.end, kind: 'quote', cls: 'quote',
      explain: `Quote · speaker: ${speaker || 'unattributed'}${q.cue ? ' · cue "' + q.cue + '"' : ''}` });
    if (q.speaker_mention) {
      out.push({ start: q.speaker_mention.start, end: q.speaker_mention.end, kind: 'speaker', cls: 'speaker', explain: 'Speaker of a quote' });
    }
  }
  for (const d of a.dates) {
    out.push({ start: d.start, end: d.end, kind: 'date', cls: 'date', explain: `${d.type || 'DATE'} ${d.text} = ${d.value}` });
  }
  for (const v of a.events) {
    const who = (x) => (x ? `${x.name}${x.code ? ' (' + x.code + ')' : ''}` : '?');
    out.push({ start: v.trigger.start, end: v.trigger.end, kind: 'event', cls: 'trigger q' + v.quad_class,
      explain: `Event ${v.id}: ${who(v.source)} → ${v.plover || ''} CAMEO ${v.cameo} → ${who(v.target)} · ${QUADS[v.quad_class] || ''}` +
        ` · Goldstein ${v.goldstein}${v.date ? ' · ' + v.date : ''}${v.location ? ' · ' + v.location.name : ''}` });
  }
  const framing = a.framing || {};
  for (const f of framing.loaded_terms || []) {
    out.push({ start: f.start, end: f.end, kind: 'loaded', cls: f.voice === 'quote' ? 'loaded in-quote' : 'loaded',
      explain: `Loaded term · ${f.category || 'evaluative'} · ${f.voice === 'quote' ? "inside a quote (the speaker's words)" : "the outlet's own voice"}` });
  }
  for (const f of framing.source_markers || []) {
    out.push({ start: f.start, end: f.end, kind: 'marker', cls: 'marker',
      explain: `Source marker · ${f.category || 'publisher note'}${f.target ? ' · attached to ' + f.target : ''}` });
  }
  return out.filter((l) => l.start >= 0 && l.end <= a.text.length && l.start < l.end);
}

function highlighted(a, tooltip) {
  const spans = layers(a);
  const cuts = new Set([0, a.text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const container = el('div', { class: 'article-text', id: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = a.text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) { container.append(text); continue; }
    const piece = el('span', { class: covering.map((s) => s.cls).join(' '), tabindex: 0 }, text);
    const explanation = covering.map((s) => s.explain).join('\n');
    piece.addEventListener('mouseenter', (e) => tooltip.show(explanation, e));
    piece.addEventListener('focus', (e) => tooltip.show(explanation, e));
    piece.addEventListener('mouseleave', () => tooltip.hide());
    piece.addEventListener('blur', () => tooltip.hide());
    container.append(piece);
  }
  return container;
}

export function makeTooltip() {
  const box = el('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip' });
  box.hidden = true;
  document.body.append(box);
  return {
    show(text, event) {
      box.textContent = text;
      box.hidden = false;
      const r = event.target.getBoundingClientRect();
      box.style.left = `${Math.max(4, r.left + window.scrollX)}px`;
      box.style.top = `${r.bottom + window.scrollY + 6}px`;
    },
    hide() { box.hidden = true; },
  };
}

// Where a feed item's text came from (text_source, docs/ingest.md); articles from other inputs have none.
const TEXT_SOURCES = {
  page: 'Text from the article page (fetched from the feed link)',
  'feed-content': 'Text from the full article carried by the feed',
  'feed-summary': "Text from the feed's summary only (the page was not fetched, could not be fetched or had no article)",
};

function textSource(a) {
  if (!a.text_source) return null;
  return el('p', { class: 'muted', id: 'text-source' }, TEXT_SOURCES[a.text_source] || 'Text source: ' + a.text_source);
}

export async function showArticle(root, id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const tooltip = makeTooltip();
  const entityById = new Map(a.entities.map((e) => [e.id, e]));
  const legend = el('p', { class: 'legend' },
    el('span', { class: 'ent ent-PERSON' }, 'person'), el('span', { class: 'ent ent-GPE' }, 'place/state'),
    el('span', { class: 'ent ent-ORG' }, 'organization'), el('span', { class: 'quote' }, 'quote'),
    el('span', { class: 'date' }, 'date'), el('span', { class: 'trigger q1' }, 'event trigger'), ' ',
    el('span', { class: 'loaded' }, 'loaded term'), ' ', el('span', { class: 'marker' }, 'source marker'), ' (hover for details)');
  const meta = [a.published, a.source, a.url].filter(Boolean).join(' · ');
  root.append(
    el('h1', {}, a.title || a.id), el('p', { class: 'muted' }, meta), textSource(a), legend,
    el('div', { class: 'two-col' },
      highlighted(a, tooltip),
      el('aside', {},
        el('h2', {}, 'Places'), await articleMap(a),
        el('h2', {}, `Quotes (${a.quotes.length})`),
        el('ul', { id: 'quote-list' }, a.quotes.map((q) => el('li', {},
          el('strong', {}, q.speaker_name || entityById.get(q.speaker)?.name || 'unattributed'), ': “', q.text, '”'))),
        el('h2', {}, `Events (${a.events.length})`),
        el('ul', { id: 'event-list' }, a.events.map((v) => el('li', {},
          `${v.source?.code || v.source?.name || '?'} `, el('b', {}, v.cameo), ` ${v.target?.code || v.target?.name || '?'} — “${v.trigger.text}”`,
          el('span', { class: 'muted' }, ` ${QUADS[v.quad_class] || ''}`)))),
        el('h2', {}, `Entities (${a.entities.length})`),
        el('ul', {}, a.entities.map((e) => el('li', {}, `${e.name} `, el('span', { class: 'muted' }, `${e.type}${e.code ? ' ' + e.code : ''} ×${e.mentions.length}`)))),
        el('h2', {}, 'Framing'),
        el('p', { id: 'framing-summary' }, `Tone ${a.framing?.tone ?? 'n/a'} · ${(a.framing?.loaded_terms || []).filter((f) => f.voice !== 'quote').length} loaded terms in the outlet's voice · ${(a.framing?.source_markers || []).length} source markers`),
        el('ul', { id: 'framing-list' }, (a.framing?.loaded_terms || []).concat(a.framing?.source_markers || []).map((f) =>
          el('li', {}, `“${f.text}” `, el('span', { class: 'muted' }, `${f.category || ''}${f.voice ? ' · ' + f.voice : ''}`)))),
        el('h2', {}, `Dates (${a.dates.length})`),
        el('ul', {}, a.dates.map((d) => el('li', {}, `${d.text} → ${d.value}`))))));
}
