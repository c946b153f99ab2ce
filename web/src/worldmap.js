// An offline world map: Natural Earth country outlines (world-atlas TopoJSON, shipped under /static/data)
// drawn as SVG with d3-geo, markers on top, zoom by viewBox. No tiles, no network beyond this origin.
import { feature, mesh } from 'topojson-client';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { s, clear } from './dom.js';

const W = 960;
const H = 500;
let worldPromise;

function loadWorld() {
  worldPromise ||= fetch('/static/data/countries-110m.json', { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(`basemap: ${r.status}`);
    return r.json();
  });
  return worldPromise;
}

export async function createMap(container, { label = 'World map', interactive = true } = {}) {
  const topo = await loadWorld();
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const countries = feature(topo, topo.objects.countries).features;
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);

  const markerLayer = s('g', { class: 'markers' });
  const svg = s('svg', {
    class: 'worldmap', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': label,
    preserveAspectRatio: 'xMidYMid meet', tabindex: interactive ? 0 : null,
  },
  s('path', { class: 'sphere', d: path({ type: 'Sphere' }) }),
  s('path', { class: 'graticule', d: path(geoGraticule10()) }),
  s('g', { class: 'countries', 'aria-hidden': 'true' },
    countries.map((f) => s('path', { class: 'country', d: path(f) }, s('title', { text: (f.properties && f.properties.name) || '' })))),
  s('path', { class: 'borders', d: path(borders), 'aria-hidden': 'true' }),
  markerLayer);
  clear(container).append(svg);

  let view = { x: 0, y: 0, w: W, h: H };
  let markers = [];

  function apply() {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    // marker sizes are in screen pixels: SVG units per pixel at the current zoom and rendered width
    const k = view.w / (svg.getBoundingClientRect().width || W);
    for (const m of markers) {
      m.el.setAttribute('r', String(m.radius * k));
      if (m.labelEl) {
        m.labelEl.setAttribute('x', String(m.x + (m.radius + 3) * k));
        m.labelEl.setAttribute('y', String(m.y + 4 * k));
        m.labelEl.setAttribute('font-size', String(12 * k));
      }
    }
  }

  function setView(x, y, w) {
    w = Math.max(W / 64, Math.min(W, w));
    const hh = (w * H) / W;
    view = { x: Math.max(-W / 2, Math.min(W - w / 2, x)), y: Math.max(-H / 2, Math.min(H - hh / 2, y)), w, h: hh };
    apply();
  }

  function zoom(factor) {
    const cx = view.x + view.w / 2;
    const cy = view.y + view.h / 2;
    const w = view.w / factor;
    setView(cx - w / 2, cy - (w * H) / W / 2, w);
  }

  function fit(points, pad = 60) {
    if (!points.length) {
      setView(0, 0, W);
      return;
    }
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    let x0 = Math.min(...xs) - pad;
    let x1 = Math.max(...xs) + pad;
    let y0 = Math.min(...ys) - pad;
    let y1 = Math.max(...ys) + pad;
    let w = Math.max(x1 - x0, ((y1 - y0) * W) / H, W / 6);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    setView(cx - w / 2, cy - (w * H) / W / 2, w);
  }

  /** markers: [{lon, lat, radius, cls, label, title, showLabel, onSelect, data}] */
  function setMarkers(list) {
    clear(markerLayer);
    markers = [];
    for (const m of list) {
      const p = projection([m.lon, m.lat]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
      const el = s('circle', {
        class: ['marker', m.cls], cx: p[0], cy: p[1], r: m.radius,
        tabindex: m.onSelect ? 0 : null, role: m.onSelect ? 'button' : 'img', 'aria-label': m.label,
        'data-key': m.key,
      }, s('title', { text: m.title || m.label }));
      if (m.onSelect) {
        el.addEventListener('click', (ev) => { ev.stopPropagation(); m.onSelect(m, el); });
        el.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); m.onSelect(m, el); }
        });
      }
      markerLayer.append(el);
      let labelEl = null;
      if (m.showLabel) {
        labelEl = s('text', { class: 'marker-label', x: p[0], y: p[1], 'aria-hidden': 'true', text: m.showLabel });
        markerLayer.append(labelEl);
      }
      markers.push({ ...m, el, labelEl, x: p[0], y: p[1] });
    }
    apply();
    return markers;
  }

  function fitMarkers() {
    fit(markers.map((m) => [m.x, m.y]));
  }

  function select(key) {
    for (const m of markers) m.el.classList.toggle('selected', m.key === key);
  }

  if (interactive) {
    let drag = null;
    svg.addEventListener('pointerdown', (ev) => {
      drag = { x: ev.clientX, y: ev.clientY, view: { ...view }, moved: false };
    });
    window.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      const scale = view.w / svg.getBoundingClientRect().width;
      const dx = (ev.clientX - drag.x) * scale;
      const dy = (ev.clientY - drag.y) * scale;
      if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
      if (drag.moved) setView(drag.view.x - dx, drag.view.y - dy, drag.view.w);
    });
    window.addEventListener('pointerup', () => { drag = null; });
    svg.addEventListener('keydown', (ev) => {
      if (ev.target !== svg) return;
      const step = view.w / 10;
      const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (moves[ev.key]) {
        ev.preventDefault();
        setView(view.x + moves[ev.key][0], view.y + moves[ev.key][1], view.w);
      } else if (ev.key === '+' || ev.key === '=') { ev.preventDefault(); zoom(1.5); }
      else if (ev.key === '-') { ev.preventDefault(); zoom(1 / 1.5); }
    });
    svg.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      zoom(ev.deltaY < 0 ? 1.25 : 0.8);
    }, { passive: false });
  }

  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => apply()).observe(svg);

  return { svg, setMarkers, fitMarkers, zoom, world: () => setView(0, 0, W), select, project: projection };
}
