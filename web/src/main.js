import { el, clear, api } from './dom.js';
import { showArticle } from './article.js';
import { showEvents } from './events.js';
import { showTimeline } from './timeline.js';
import { showNetwork } from './network.js';
import { showMap } from './map.js';
import { showStories, showStory } from './stories.js';

const main = document.getElementById('main');

const routes = {
  '': showHome, articles: showHome, article: showArticle, events: showEvents,
  timeline: showTimeline, network: showNetwork, map: showMap, stories: showStories, story: showStory,
};

async function route() {
  const [name, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const view = routes[name] || showHome;
  for (const link of document.querySelectorAll('nav a')) link.classList.toggle('active', link.dataset.view === ({ story: 'stories' }[name] || name || 'articles'));
  clear(main);
  for (const tip of document.querySelectorAll('.tooltip')) tip.remove(); // each view makes its own
  try {
    await view(main, decodeURIComponent(rest.join('/')));
  } catch (error) {
    main.append(el('p', { class: 'error' }, 'Could not load: ' + error.message));
  }
}

async function showHome(root) {
  const input = el('input', { type: 'search', name: 'q', placeholder: 'Search article text…', 'aria-label': 'search' });
  const results = el('div', { id: 'search-results' });
  const form = el('form', { class: 'search', onsubmit: async (e) => {
    e.preventDefault();
    clear(results);
    const hits = await api('/api/search?q=' + encodeURIComponent(input.value));
    if (hits.length === 0) results.append(el('p', {}, 'No article matches.'));
    for (const hit of hits) {
      results.append(el('div', { class: 'hit' },
        el('a', { href: '#/article/' + encodeURIComponent(hit.id) }, hit.title || hit.id),
        el('p', { class: 'snippet' }, hit.snippet.map((p) => (p.match ? el('mark', {}, p.text) : p.text)))));
    }
  } }, input, el('button', {}, 'Search'));
  const stats = await api('/api/stats');
  const list = el('table', { class: 'grid', id: 'articles' },
    el('thead', {}, el('tr', {}, ['Title', 'Published', 'Source', 'Events', 'Quotes'].map((h) => el('th', {}, h)))));
  const body = el('tbody');
  list.append(body);
  const more = el('button', { class: 'more' }, 'More articles');
  let cursor = null;
  async function load() {
    const page = await api('/api/articles?limit=100' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    for (const a of page.items) {
      body.append(el('tr', {},
        el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id)),
        el('td', {}, a.published || ''), el('td', {}, a.source || ''), el('td', { class: 'num' }, a.events), el('td', { class: 'num' }, a.quotes)));
    }
    cursor = page.next;
    more.hidden = !cursor;
  }
  more.addEventListener('click', load);
  root.append(el('h1', {}, 'Articles'),
    el('p', { class: 'muted' }, `${stats.articles} articles, ${stats.events} events, ${stats.quotes} quotes in the store.`),
    form, results, list, more);
  await load();
}

window.addEventListener('hashchange', route);
route();
