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
    const W = 960, H = 320, left = 40, right = 16, bottom = 60, top = 10;
    // A real time axis: bars sit at their date, so gaps in the news show as gaps.
    const day = (d) => Date.parse(d.length === 7 ? d + '-01' : d) / 86400000;
    const first = day(dates[0]), last = day(dates[dates.length - 1]);
    const span = Math.max(1, last - first + (dates[0].length === 7 ? 31 : 1));
    const x = (d) => left + ((day(d) - first) / span) * (W - left - right);
    const barWidth = Math.max(2, ((dates[0].length === 7 ? 28 : 0.8) / span) * (W - left - right));
    const scale = (H - bottom - top) / max;
    const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events by date and quad class' });
    for (let t = 0; t <= 4; t++) {
      const v = Math.round((max * t) / 4);
      const y = H - bottom - v * scale;
      g.append(svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'gridline' }), svg('text', { x: left - 4, y: y + 4, class: 'axis', 'text-anchor': 'end' }, v));
    }
    for (const d of dates) {
      let y = H - bottom;
      for (const q of [1, 2, 3, 4]) {
        const n = stacks.get(d)[q];
        if (!n) continue;
        const h = n * scale;
        y -= h;
        g.append(svg('rect', { x: x(d), y, width: barWidth, height: h, fill: COLORS[q], class: 'bar' },
          svg('title', {}, `${d}: ${n} ${QUADS[q]}`)));
      }
    }
    for (let i = 0; i <= 10; i++) {
      const label = new Date((first + (span * i) / 10) * 86400000).toISOString().slice(0, dates[0].length === 7 ? 7 : 10);
      const tx = left + (i / 10) * (W - left - right);
      g.append(svg('line', { x1: tx, x2: tx, y1: H - bottom, y2: H - bottom + 4, class: 'gridline' }),
        svg('text', { x: tx, y: H - bottom + 14, class: 'axis', transform: `rotate(30 ${tx} ${H - bottom + 14})` }, label));
    }
    chart.append(g, el('p', { class: 'legend' }, [1, 2, 3, 4].map((q) => el('span', { class: 'swatch q' + q }, `${q} ${QUADS[q]}`))));
  }
  const { form } = filterForm((p) => draw(p), false);
  root.append(el('h1', {}, 'Timeline'), el('p', { class: 'muted' }, 'Events by date, stacked by quad class.'), form, chart);
  await draw(new URLSearchParams());
}
