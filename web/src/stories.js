import { el, clear, api, QUADS } from './dom.js';
import { filterForm } from './events.js';

const articleLink = (id, title) => el('a', { href: '#/article/' + encodeURIComponent(id) }, title || id);
const outlets = (n) => `${n} ${n === 1 ? 'outlet' : 'outlets'}`;

// The story list: the event filters of the events view plus words searched in the stories' articles.
export async function showStories(root) {
  const status = el('p', { class: 'muted', id: 'stories-status' });
  const body = el('tbody');
  const table = el('table', { class: 'grid', id: 'stories-table' },
    el('thead', {}, el('tr', {}, ['Story', 'First', 'Last', 'Articles', 'Outlets', 'Events'].map((h) => el('th', {}, h)))), body);
  const more = el('button', { class: 'more', id: 'more-stories' }, 'More stories');
  const words = el('input', { name: 'q', placeholder: 'words in the articles', size: 16 });
  let params = new URLSearchParams();
  let cursor = null;

  async function load(reset) {
    if (reset) { clear(body); cursor = null; }
    const query = new URLSearchParams(params);
    if (words.value.trim()) query.set('q', words.value.trim());
    query.set('limit', '100');
    if (cursor) query.set('cursor', cursor);
    try {
      const page = await api('/api/stories?' + query);
      for (const s of page.items) {
        body.append(el('tr', { class: 'story' },
          el('td', {}, el('a', { href: '#/story/' + s.id }, s.title || 'Story ' + s.id)),
          el('td', {}, s.first_published || ''), el('td', {}, s.last_published || ''),
          el('td', { class: 'num' }, s.articles.length), el('td', { class: 'num', title: s.sources.join(', ') }, s.sources.length),
          el('td', { class: 'num' }, s.global_events.length)));
      }
      cursor = page.next;
      more.hidden = !cursor;
      status.textContent = `${body.children.length} stories shown${cursor ? ' — more available' : ''}.`;
    } catch (error) {
      status.textContent = 'Bad filter: ' + error.message;
    }
  }
  const { form } = filterForm((p) => { params = p; load(true); });
  form.insertBefore(el('label', {}, 'Words ', words), form.lastChild);
  more.addEventListener('click', () => load(false));
  root.append(el('h1', {}, 'Stories'), form, status, table, more);
  await load(true);
}

// One story: its articles on a time line, each global event with who reported it and how, and the figures
// its articles disagree on, side by side.
export async function showStory(root, id) {
  const detail = await api('/api/stories/' + encodeURIComponent(id));
  const s = detail.story;
  if (String(s.id) !== id) location.replace('#/story/' + s.id); // a merged-away id: show the story it went into
  root.append(
    el('h1', { id: 'story-title' }, s.title || 'Story ' + s.id),
    el('p', { class: 'muted', id: 'story-meta' },
      `${s.articles.length} articles from ${outlets(s.sources.length)}, ${s.first_published || '?'} to ${s.last_published || '?'}` +
      (detail.merges.length ? ` · ${detail.merges.length} stories merged into this one` : '')),
    el('h2', {}, 'Articles on a time line'), timeline(detail.articles),
    el('h2', {}, 'Events'), events(detail.events),
    el('h2', {}, 'Figures that disagree'), figures(detail.disagreements));
}

function timeline(articles) {
  const days = new Map();
  for (const a of articles) {
    const day = a.published || 'undated';
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(a);
  }
  return el('ol', { class: 'story-timeline', id: 'story-timeline' }, [...days].map(([day, list]) =>
    el('li', { class: 'day', dataset: { date: day } }, el('time', {}, day),
      el('ul', {}, list.map((a) => el('li', { class: 'story-article' },
        el('span', { class: 'outlet' }, a.source || 'unknown outlet'), ' ', articleLink(a.id, a.title)))))));
}

function actor(a) { return a ? a.name || a.code || '?' : '?'; }

function events(list) {
  if (list.length === 0) return el('p', { class: 'muted', id: 'story-events' }, 'No events in this story.');
  return el('ol', { class: 'global-events', id: 'story-events' }, list.map(({ event: g, mentions }) =>
    el('li', { class: 'global-event quad' + g.quad_class, dataset: { id: g.id } },
      el('div', { class: 'global-head' },
        el('strong', {}, `${actor(g.source)} → ${actor(g.target)}`), ' ',
        el('span', { class: 'cameo', title: QUADS[g.quad_class] || '' }, `CAMEO ${g.cameo}`),
        g.date ? ' · ' + g.date : '', g.location?.name ? ' · ' + g.location.name : '', ' · ',
        el('span', { class: 'reported' }, `reported by ${outlets(g.num_sources)}`),
        el('span', { class: 'muted' }, ` (${g.num_mentions} mentions in ${g.num_articles} articles)`)),
      el('table', { class: 'grid mentions' },
        el('thead', {}, el('tr', {}, ['Outlet', 'Trigger', 'Sentence', 'Loaded terms', 'Article'].map((h) => el('th', {}, h)))),
        el('tbody', {}, mentions.map(mentionRow))))));
}

function mentionRow(m) {
  const sentence = m.sentence_text || '';
  const s = m.trigger.start - m.sentence_start;
  const t = m.trigger.end - m.sentence_start;
  const cells = s >= 0 && t <= sentence.length && s < t
    ? [sentence.slice(0, s), el('mark', {}, sentence.slice(s, t)), sentence.slice(t)] : [sentence];
  return el('tr', { class: 'mention' },
    el('td', { class: 'outlet' }, m.source || ''), el('td', { class: 'trigger-text' }, m.trigger.text),
    el('td', { class: 'sentence' }, cells),
    el('td', { class: 'loaded-terms' }, m.loaded_terms.map((term) => el('span', { class: 'loaded' }, term))),
    el('td', {}, articleLink(m.article_id, m.published)));
}

function figures(list) {
  if (list.length === 0) return el('p', { class: 'muted', id: 'story-figures' }, 'The articles agree on every figure they share.');
  return el('div', { id: 'story-figures' }, list.map((d) =>
    el('section', { class: 'disagreement' },
      el('h3', {}, d.about ? `${d.about} (${d.unit})` : d.unit),
      el('div', { class: 'side-by-side' }, d.reports.map((r) =>
        el('div', { class: 'figure' },
          el('div', { class: 'outlet' }, r.source || 'unknown outlet'),
          el('div', { class: 'value' }, r.text),
          el('div', { class: 'muted' }, articleLink(r.article_id, r.published || r.article_id))))))));
}
