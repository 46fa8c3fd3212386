import { el, svg, clear, api, QUADS } from './dom.js';
import { filterForm } from './events.js';

const COLORS = { 1: '#4c9a6a', 2: '#2f6f9f', 3: '#d9a036', 4: '#c2453d' };

// Stacked bars: one per day (per month when the range is long), one colour per quad class.
export async function showTimeline(root) {
  const chart = el('div', { id: 'timeline-chart' });
  async function draw(params) {
    clear(chart);
    let buckets = await api('/api/timeline?' + params);
    if (buckets.length > 0 && new Set(buckets.map((b) => b.date)).size > 120) {
      params.set('by', 'month');
      buckets = await api('/api/timeline?' + params);
    }
    if (buckets.length === 0) { chart.append(el('p', {}, 'No dated events match.')); return; }
    const dates = [...new Set(buckets.map((b) => b.date))].sort();
    const stacks = new Map(dates.map((d) => [d, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
    for (const b of buckets) stacks.get(b.date)[b.quad_class] += b.events;
    const max = Math.max(...[...stacks.values()].map((s) => s[1] + s[2] + s[3] + s[4]));
    const W = 960, H = 320, left = 40, bottom = 60, top = 10;
    const step = (W - left - 10) / dates.length;
    const scale = (H - bottom - top) / max;
    const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events by date and quad class' });
    for (let t = 0; t <= 4; t++) {
      const v = Math.round((max * t) / 4);
      const y = H - bottom - v * scale;
      g.append(svg('line', { x1: left, x2: W - 10, y1: y, y2: y, class: 'gridline' }), svg('text', { x: left - 4, y: y + 4, class: 'axis', 'text-anchor': 'end' }, v));
    }
    dates.forEach((d, i) => {
      let y = H - bottom;
      for (const q of [1, 2, 3, 4]) {
        const n = stacks.get(d)[q];
        if (!n) continue;
        const h = n * scale;
        y -= h;
        g.append(svg('rect', { x: left + i * step + 1, y, width: Math.max(1, step - 2), height: h, fill: COLORS[q], class: 'bar' },
          svg('title', {}, `${d}: ${n} ${QUADS[q]}`)));
      }
      if (dates.length <= 40 || i % Math.ceil(dates.length / 40) === 0) {
        const x = left + i * step + step / 2;
        g.append(svg('text', { x, y: H - bottom + 12, class: 'axis', transform: `rotate(45 ${x} ${H - bottom + 12})` }, d));
      }
    });
    chart.append(g, el('p', { class: 'legend' }, [1, 2, 3, 4].map((q) => el('span', { class: 'swatch q' + q }, `${q} ${QUADS[q]}`))));
  }
  const { form } = filterForm((p) => draw(p), false);
  root.append(el('h1', {}, 'Timeline'), el('p', { class: 'muted' }, 'Events by date, stacked by quad class.'), form, chart);
  await draw(new URLSearchParams());
}
