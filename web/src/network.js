import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { getJSON, setStatus } from './api.js';
import { h, s, clear, $, fmt, table } from './dom.js';
import { bindFilters } from './filters.js';

const radius = (n) => 6 + 3 * Math.sqrt(n.n_events || 1);

function layout(graph) {
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const links = graph.edges.map((e) => ({ ...e }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id).distance(110).strength(0.4))
    .force('charge', forceManyBody().strength(-320))
    .force('center', forceCenter(0, 0))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.07))
    .force('collide', forceCollide((d) => radius(d) + 14))
    .stop();
  for (let i = 0; i < 300; i += 1) sim.tick();
  return { nodes, links };
}

export async function networkPage() {
  const container = $('#network');
  const details = $('#network-details');

  function draw(graph) {
    clear(container);
    if (!graph.nodes.length) {
      container.append(h('p', { class: 'empty' }, 'No actor-to-recipient events match these filters.'));
      return;
    }
    const { nodes, links } = layout(graph);
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const pad = 80;
    const x0 = Math.min(...xs) - pad;
    const y0 = Math.min(...ys) - pad;
    const w = Math.max(Math.max(...xs) - x0 + pad, 300);
    const hh = Math.max(Math.max(...ys) - y0 + pad, 200);
    const defs = s('defs', {}, ['cooperation', 'conflict', 'mixed'].map((rel) => s('marker', {
      id: `arrow-${rel}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6,
      orient: 'auto-start-reverse', class: `arrowhead rel-${rel}`,
    }, s('path', { d: 'M0,0 L10,5 L0,10 z' }))));
    const edgeEls = links.map((l) => {
      const dx = l.target.x - l.source.x;
      const dy = l.target.y - l.source.y;
      const len = Math.hypot(dx, dy) || 1;
      const rs = radius(l.source);
      const rt = radius(l.target) + 2;
      return s('line', {
        class: `edge rel-${l.relation}`, 'stroke-width': 1.5 + 1.5 * Math.sqrt(l.count),
        x1: l.source.x + (dx / len) * rs, y1: l.source.y + (dy / len) * rs,
        x2: l.target.x - (dx / len) * rt, y2: l.target.y - (dy / len) * rt,
        'marker-end': `url(#arrow-${l.relation})`, 'data-source': l.source.id, 'data-target': l.target.id,
      }, s('title', { text: `${l.source.name} → ${l.target.name}: ${l.count} event(s), ${l.relation} (${Object.entries(l.types).map(([t, n]) => `${t} ${n}`).join(', ')})` }));
    });
    const nodeEls = nodes.map((n) => {
      const g = s('g', {
        class: `node kind-${n.kind}`, transform: `translate(${n.x},${n.y})`, tabindex: 0, role: 'button',
        'aria-label': `${n.name}, ${n.kind}${n.country ? `, ${n.country}` : ''}: ${n.n_events} event(s)`,
        'data-id': n.id,
      },
      s('circle', { r: radius(n) }),
      s('text', { class: 'node-label', y: radius(n) + 14, 'text-anchor': 'middle', text: n.name }),
      s('title', { text: `${n.name} (${n.kind}${n.country ? `, ${n.country}` : ''}): ${n.n_events} event(s)` }));
      const select = () => showNode(n, links, nodeEls, edgeEls);
      g.addEventListener('click', select);
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(); } });
      return g;
    });
    const svg = s('svg', {
      class: 'network-svg', viewBox: `${x0} ${y0} ${w} ${hh}`, role: 'group',
      'aria-label': `Actor network: ${nodes.length} actors, ${links.length} links`,
    }, defs, s('g', { class: 'edges' }, edgeEls), s('g', { class: 'nodes' }, nodeEls));
    container.append(svg);
    // labels stay about 12px on screen however large the drawing is
    const fit = () => {
      const k = Math.max(1, w / (svg.getBoundingClientRect().width || w));
      for (const label of svg.querySelectorAll('.node-label')) label.setAttribute('font-size', String(12 * k));
    };
    fit();
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(fit).observe(svg);
  }

  function showNode(n, links, nodeEls, edgeEls) {
    const out = links.filter((l) => l.source.id === n.id);
    const inc = links.filter((l) => l.target.id === n.id);
    const near = new Set([n.id, ...out.map((l) => l.target.id), ...inc.map((l) => l.source.id)]);
    for (const el of nodeEls) {
      el.classList.toggle('dim', !near.has(el.dataset.id));
      el.classList.toggle('selected', el.dataset.id === n.id);
    }
    for (const el of edgeEls) el.classList.toggle('dim', el.dataset.source !== n.id && el.dataset.target !== n.id);
    const line = (l, other) => h('li', {}, h('span', { class: `badge rel-badge rel-${l.relation}` }, l.relation), ' ',
      other, ` · ${l.count} event(s): `, Object.entries(l.types).map(([t, c]) => `${t} ${c}`).join(', '));
    clear(details).append(
      h('h3', {}, n.name),
      h('p', {}, `${n.kind}${n.country ? ` · ${n.country}` : ''} · ${n.n_events} event(s)`),
      h('p', {}, h('a', { href: `/map?actor=${encodeURIComponent(n.name)}` }, 'Show this actor’s events on the map')),
      out.length ? h('h4', {}, 'Acts on') : null,
      out.length ? h('ul', {}, out.map((l) => line(l, l.target.name))) : null,
      inc.length ? h('h4', {}, 'Acted on by') : null,
      inc.length ? h('ul', {}, inc.map((l) => line(l, l.source.name))) : null);
  }

  async function load(filters) {
    setStatus('Loading the actor graph…');
    try {
      const graph = await getJSON('/api/graph', filters);
      draw(graph);
      clear(details).append(h('p', {}, graph.nodes.length ? 'Select an actor.' : ''));
      clear($('#network-table')).append(table(graph.edges, [
        { label: 'Actor', value: (e) => e.source },
        { label: 'Recipient', value: (e) => e.target },
        { label: 'Relation', value: (e) => h('span', { class: `badge rel-badge rel-${e.relation}` }, e.relation) },
        { label: 'Events', value: (e) => fmt(e.count), num: true },
        { label: 'Types', value: (e) => Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ') },
      ], { empty: 'No links.' }));
      setStatus(`${fmt(graph.nodes.length)} actor(s), ${fmt(graph.edges.length)} link(s)` +
        (graph.truncated ? ' (only the actors with most events; narrow the filters or raise the minimum to see others).' : '.'));
    } catch (err) {
      setStatus(`Could not load the graph: ${err.message}`, 'error');
    }
  }
  await load(bindFilters(load));
}
