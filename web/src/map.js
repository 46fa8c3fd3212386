import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import { el, svg, clear, api } from './dom.js';
import { filterForm } from './events.js';

let world = null;

// Event locations over a world outline shipped with the app (Natural Earth 1:110m via
// world-atlas): no tile server, nothing fetched from outside.
export async function showMap(root) {
  const chart = el('div', { id: 'map-chart' });
  world = world || feature(await (await fetch('/dist/countries-110m.json')).json(), 'countries');
  async function draw(params) {
    clear(chart);
    const places = await api('/api/places?' + params);
    const W = 960, H = 500;
    const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
    const path = geoPath(projection);
    const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart map', role: 'img', 'aria-label': 'map of event locations' },
      svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }),
      svg('path', { d: path(geoGraticule10()), class: 'graticule' }));
    for (const country of world.features) g.append(svg('path', { d: path(country), class: 'country' }, svg('title', {}, country.properties.name)));
    const max = Math.max(1, ...places.map((p) => p.events));
    for (const p of places) {
      const [x, y] = projection([p.lon, p.lat]);
      g.append(svg('circle', { cx: x, cy: y, r: 3 + 12 * Math.sqrt(p.events / max), class: 'place' },
        svg('title', {}, `${p.name || ''}${p.country ? ' (' + p.country + ')' : ''}: ${p.events} events`)));
    }
    chart.append(g, el('p', { class: 'muted' }, `${places.length} places with coordinates; circle area = number of events.`));
  }
  const { form } = filterForm((p) => draw(p));
  root.append(el('h1', {}, 'Map'), form, chart);
  await draw(new URLSearchParams());
}
