import { el, clear, api, QUADS } from './dom.js';

const FIELDS = [
  ['actor', 'Actor code', 'FRA, IRQGOV'], ['country', 'Country', 'IRQ'], ['cameo', 'CAMEO', '04'], ['root', 'Root', '19'],
  ['from', 'From', 'YYYY-MM-DD'], ['to', 'To', 'YYYY-MM-DD'], ['place', 'Place', 'Baghdad'],
];

export function filterForm(onChange, withQuad = true) {
  const inputs = {};
  const form = el('form', { class: 'filters', id: 'filters' });
  for (const [name, label, hint] of FIELDS) {
    inputs[name] = el('input', { name, placeholder: hint, size: 10 });
    form.append(el('label', {}, label, ' ', inputs[name]));
  }
  if (withQuad) {
    inputs.quad = el('select', { name: 'quad' }, el('option', { value: '' }, 'any'),
      Object.entries(QUADS).map(([k, v]) => el('option', { value: k }, `${k} ${v}`)));
    form.append(el('label', {}, 'Quad ', inputs.quad));
  }
  form.append(el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => { e.preventDefault(); onChange(query()); });
  function query() {
    const params = new URLSearchParams();
    for (const [name, input] of Object.entries(inputs)) if (input.value.trim()) params.set(name, input.value.trim());
    return params;
  }
  return { form, query };
}

export async function showEvents(root) {
  const status = el('p', { class: 'muted', id: 'events-status' });
  const body = el('tbody');
  const table = el('table', { class: 'grid', id: 'events-table' },
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'CAMEO', 'Quad', 'Target', 'Place', 'Trigger', 'Sentence', 'Article', 'Story'].map((h) => el('th', {}, h)))), body);
  const more = el('button', { class: 'more', id: 'more-events' }, 'More events');
  let params = new URLSearchParams();
  let cursor = null;
  let shown = 0;

  async function load(reset) {
    if (reset) { clear(body); cursor = null; shown = 0; }
    const query = new URLSearchParams(params);
    query.set('limit', '200');
    if (cursor) query.set('cursor', cursor);
    try {
      const page = await api('/api/events?' + query);
      for (const e of page.items) body.append(eventRow(e));
      shown += page.items.length;
      cursor = page.next;
      more.hidden = !cursor;
      status.textContent = `${shown} events shown${cursor ? ' — more available' : ''}.`;
    } catch (error) {
      status.textContent = 'Bad filter: ' + error.message;
    }
  }
  const { form } = filterForm((p) => { params = p; load(true); });
  more.addEventListener('click', () => load(false));
  root.append(el('h1', {}, 'Events'), form, status, table, more);
  await load(true);
}

export function eventRow(e) {
  const actor = (a) => (a ? el('span', { title: a.name || '' }, a.code || a.name || '') : '');
  let sentence = e.sentence_text || '';
  const cells = [];
  if (sentence) {
    const s = e.trigger.start - e.sentence_start;
    const t = e.trigger.end - e.sentence_start;
    if (s >= 0 && t <= sentence.length && s < t) {
      cells.push(sentence.slice(0, s), el('mark', {}, sentence.slice(s, t)), sentence.slice(t));
    } else cells.push(sentence);
  }
  return el('tr', { class: 'quad' + e.quad_class },
    el('td', {}, e.date || ''), el('td', {}, actor(e.source)), el('td', { title: e.plover || '' }, e.cameo),
    el('td', { title: QUADS[e.quad_class] || '' }, e.quad_class), el('td', {}, actor(e.target)),
    el('td', {}, e.location?.name || ''), el('td', {}, e.trigger.text), el('td', { class: 'sentence' }, cells),
    el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(e.article_id) }, e.article_title || e.article_id)),
    el('td', {}, e.story_id == null ? '' : el('a', { class: 'story-link', href: '#/story/' + e.story_id }, 'story ' + e.story_id)));
}
