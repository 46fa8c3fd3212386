import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import { el, svg, clear, api, QUADS } from './dom.js';
import { filterForm, eventRow } from './events.js';

let world = null;

// The world outline shipped with the app (Natural Earth 1:110m via world-atlas): no tile server,
// nothing fetched from outside.
async function outline() {
  world = world || feature(await (await fetch('/dist/countries-110m.json')).json(), 'countries');
  return world;
}

// The quad class with the most events at a place gives its circle's colour.
function dominantQuad(quads) {
  let best = 0;
  for (let i = 1; i < quads.length; i++) if (quads[i] > quads[best]) best = i;
  return best + 1;
}

// An SVG world map with one circle per point ({lat, lon, r, cls, title, onClick}).
export async function worldMap(points, { width = 960, height = 500, label = 'map', id } = {}) {
  const countries = await outline();
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const g = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart map', role: 'img', 'aria-label': label, ...(id ? { id } : {}) },
    svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }),
    svg('path', { d: path(geoGraticule10()), class: 'graticule' }));
  for (const country of countries.features) g.append(svg('path', { d: path(country), class: 'country' }, svg('title', {}, country.properties.name)));
  for (const p of points) {
    const [x, y] = projection([p.lon, p.lat]);
    const circle = svg('circle', { cx: x, cy: y, r: p.r, class: p.cls, tabindex: p.onClick ? 0 : -1 }, svg('title', {}, p.title));
    if (p.onClick) {
      circle.addEventListener('click', p.onClick);
      circle.addEventListener('keydown', (e) => { if (e.key === 'Enter') p.onClick(); });
    }
    g.append(circle);
  }
  return g;
}

// Events at their places: circle area = number of events, colour = the quad class most of them have;
// a click lists the events of that place (the near filter, 1 km around its coordinates).
export async function showMap(root) {
  const chart = el('div', { id: 'map-chart' });
  const list = el('div', { id: 'map-events' });
  let filter = new URLSearchParams();
  async function listEvents(p) {
    const query = new URLSearchParams(filter);
    query.set('near', `${p.lat},${p.lon},1`);
    query.set('limit', '200');
    const page = await api('/api/events?' + query);
    clear(list).append(el('h2', {}, `${p.name || 'Place'}: ${page.items.length}${page.next ? '+' : ''} events`),
      el('table', { class: 'grid', id: 'map-events-table' },
        el('thead', {}, el('tr', {}, ['Date', 'Source', 'CAMEO', 'Quad', 'Target', 'Place', 'Trigger', 'Sentence', 'Article'].map((h) => el('th', {}, h)))),
        el('tbody', {}, page.items.map(eventRow))));
  }
  async function draw(params) {
    filter = params;
    clear(chart);
    clear(list);
    const places = await api('/api/places?' + params);
    const max = Math.max(1, ...places.map((p) => p.events));
    const points = places.map((p) => {
      const quad = dominantQuad(p.quads);
      return {
        lat: p.lat, lon: p.lon, r: 3 + 12 * Math.sqrt(p.events / max), cls: 'place q' + quad,
        title: `${p.name || ''}${p.country ? ' (' + p.country + ')' : ''}: ${p.events} events, mostly ${QUADS[quad]}`,
        onClick: () => listEvents(p),
      };
    });
    const legend = el('p', { class: 'legend' }, Object.entries(QUADS).map(([k, v]) => el('span', { class: 'swatch q' + k }, v)));
    chart.append(await worldMap(points, { label: 'map of event locations' }), legend,
      el('p', { class: 'muted', id: 'map-status' }, `${places.length} places with coordinates; circle area = number of events; click a circle for its events.`));
  }
  const { form } = filterForm((p) => draw(p));
  root.append(el('h1', {}, 'Map'), form, chart, list);
  await draw(new URLSearchParams());
}

// The article view's small map: one dot per place entity the geocoder placed.
export async function articleMap(analysis) {
  const places = analysis.entities.filter((e) => e.geo);
  if (places.length === 0) return el('p', { class: 'muted', id: 'article-map' }, 'No places with coordinates.');
  const points = places.map((e) => ({
    lat: e.geo.lat, lon: e.geo.lon, r: 4, cls: 'place entity-place',
    title: `${e.name} · ${e.geo.feature}${e.geo.country ? ' · ' + e.geo.country : ''} · ${e.geo.lat}, ${e.geo.lon}`,
  }));
  return el('div', { id: 'article-map' }, await worldMap(points, { width: 480, height: 250, label: 'map of the places in this article' }),
    el('p', { class: 'muted' }, `${places.length} places with coordinates.`));
}
