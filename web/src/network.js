import { el, svg, clear, api } from './dom.js';
import { filterForm } from './events.js';

// Who acts on whom: a small force-directed layout (repulsion between all nodes, springs along
// links), run a fixed number of steps from a deterministic start, so the same data gives the same picture.
function layout(nodes, links, W, H) {
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(angle);
    n.y = H / 2 + (H / 3) * Math.sin(angle);
  });
  const index = new Map(nodes.map((n) => [n.id, n]));
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 60000 / d2;
        a.dx += dx * f / Math.sqrt(d2); a.dy += dy * f / Math.sqrt(d2);
        b.dx -= dx * f / Math.sqrt(d2); b.dy -= dy * f / Math.sqrt(d2);
      }
    }
    for (const l of links) {
      const a = index.get(l.source), b = index.get(l.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - 220) * 0.01;
      a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.dx += (W / 2 - n.x) * 0.005; n.dy += (H / 2 - n.y) * 0.005;
      n.x = Math.min(W - 40, Math.max(40, n.x + Math.max(-20, Math.min(20, n.dx)) * cool));
      n.y = Math.min(H - 20, Math.max(20, n.y + Math.max(-20, Math.min(20, n.dy)) * cool));
    }
  }
}

export async function showNetwork(root) {
  const chart = el('div', { id: 'network-chart' });
  async function draw(params) {
    clear(chart);
    params.set('limit', '150');
    const links = await api('/api/network?' + params);
    if (links.length === 0) { chart.append(el('p', {}, 'No events with both a source and a target actor match.')); return; }
    const actorParams = new URLSearchParams(params);
    actorParams.set('limit', '500');
    const actors = await api('/api/actors?' + actorParams);
    const names = new Map(actors.map((a) => [a.code, a.name]));
    const weight = new Map();
    for (const l of links) for (const c of [l.source, l.target]) weight.set(c, (weight.get(c) || 0) + l.events);
    const nodes = [...weight.keys()].sort().map((id) => ({ id, weight: weight.get(id) }));
    const W = 960, H = 560;
    layout(nodes, links, W, H);
    const at = new Map(nodes.map((n) => [n.id, n]));
    const maxEvents = Math.max(...links.map((l) => l.events));
    const maxWeight = Math.max(...nodes.map((n) => n.weight));
    const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'actor network' },
      svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }))));
    for (const l of links) {
      const a = at.get(l.source), b = at.get(l.target);
      const colour = l.avg_goldstein >= 0 ? '#4c9a6a' : '#c2453d';
      g.append(svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colour, 'stroke-opacity': 0.6,
        'stroke-width': 1 + (5 * l.events) / maxEvents, 'marker-end': 'url(#arrow)', class: 'link' },
        svg('title', {}, `${l.source} → ${l.target}: ${l.events} events, mean Goldstein ${l.avg_goldstein.toFixed(1)}`)));
    }
    for (const n of nodes) {
      g.append(svg('g', { class: 'node' },
        svg('circle', { cx: n.x, cy: n.y, r: 5 + (12 * n.weight) / maxWeight }, svg('title', {}, `${n.id} ${names.get(n.id) || ''}: ${n.weight} events`)),
        svg('text', { x: n.x + 8, y: n.y - 8 }, n.id)));
    }
    chart.append(g, el('p', { class: 'muted' }, 'Arrows point from the acting actor to the target; width = number of events; green = cooperative (mean Goldstein ≥ 0), red = conflictual.'));
  }
  const { form } = filterForm((p) => draw(p));
  root.append(el('h1', {}, 'Actor network'), form, chart);
  await draw(new URLSearchParams());
}
