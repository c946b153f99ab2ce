import { getJSON, getVocabulary, setStatus } from './api.js';
import { h, s, clear, $, fmt, table, docLink } from './dom.js';
import { typeColors } from './colors.js';

function documentsTable(items) {
  return table(items, [
    { label: 'Title', value: (d) => docLink(d.id, d.title || d.source_id) },
    { label: 'Published', value: (d) => d.published || '—' },
    { label: 'Outlet', value: (d) => d.outlet || '—' },
    { label: 'Actors', value: (d) => fmt(d.n_actors), num: true },
    { label: 'Places', value: (d) => fmt(d.n_places), num: true },
    { label: 'Events', value: (d) => fmt(d.n_events), num: true },
    { label: 'Quotes', value: (d) => fmt(d.n_quotes), num: true },
  ], { empty: 'No documents stored yet.' });
}

function drawTimeline(timeline, vocab) {
  const colors = typeColors(vocab);
  const chart = $('#timeline-chart');
  const legend = $('#timeline-legend');
  clear(chart);
  clear(legend);
  const series = timeline.series;
  const undatedTotal = Object.values(timeline.undated).reduce((a, b) => a + b, 0);
  $('#timeline-caption').textContent = series.length
    ? `Events per ${timeline.bucket}, stacked by type.` + (undatedTotal ? ` ${undatedTotal} event(s) without a usable date are not shown.` : '')
    : 'No dated events in the store yet.';
  for (const t of timeline.types) {
    legend.append(h('li', {}, h('span', { class: 'swatch', 'data-type': t, 'aria-hidden': 'true' }), t));
  }
  for (const sw of legend.querySelectorAll('.swatch')) sw.style.background = colors[sw.dataset.type];
  if (!series.length) return;
  const W = 800;
  const H = 260;
  const m = { l: 40, r: 10, t: 10, b: 50 };
  const max = Math.max(...series.map((p) => p.total));
  const bw = (W - m.l - m.r) / series.length;
  const y = (v) => H - m.b - (v / max) * (H - m.t - m.b);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img',
    'aria-label': `Bar chart of events per ${timeline.bucket} and type; the same numbers are in the table below.` });
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  for (const t of ticks) {
    svg.append(s('line', { class: 'gridline', x1: m.l, x2: W - m.r, y1: y(t), y2: y(t) }));
    svg.append(s('text', { class: 'axis', x: m.l - 6, y: y(t) + 4, 'text-anchor': 'end', text: String(t) }));
  }
  const every = Math.ceil(series.length / 12);
  series.forEach((p, i) => {
    let acc = 0;
    const x = m.l + i * bw;
    for (const t of timeline.types) {
      const n = p.counts[t] || 0;
      if (!n) continue;
      svg.append(s('rect', { class: 'bar', x: x + bw * 0.1, width: Math.max(1, bw * 0.8), y: y(acc + n), height: y(acc) - y(acc + n), fill: colors[t] },
        s('title', { text: `${p.period}: ${t} ${n}` })));
      acc += n;
    }
    if (i % every === 0) {
      svg.append(s('text', { class: 'axis', x: x + bw / 2, y: H - m.b + 16, 'text-anchor': 'middle', text: p.period }));
    }
  });
  chart.append(svg);
  const tableEl = $('#timeline-table');
  clear(tableEl).append(table(series, [
    { label: 'Period', value: (p) => p.period },
    ...timeline.types.map((t) => ({ label: t, value: (p) => fmt(p.counts[t] || 0), num: true })),
    { label: 'Total', value: (p) => fmt(p.total), num: true },
  ]));
}

export async function overviewPage() {
  try {
    const [data, vocab, docs] = await Promise.all([getJSON('/api/overview'), getVocabulary(), getJSON('/api/documents', { limit: 10 })]);
    const c = data.counts;
    const counts = $('#counts');
    clear(counts);
    for (const [label, value] of [['Documents', c.documents], ['Events', c.events], ['Located events', c.located_events],
      ['Actors', c.actors], ['Places', c.places], ['Quotes', c.quotes]]) {
      counts.append(h('div', { class: 'count' }, h('dt', {}, label), h('dd', {}, fmt(value))));
    }
    drawTimeline(data.timeline, vocab);
    clear($('#top-actors')).append(table(data.top_actors, [
      { label: 'Actor', value: (a) => a.name },
      { label: 'Kind', value: (a) => a.kind },
      { label: 'Country', value: (a) => a.country || '—' },
      { label: 'Documents', value: (a) => fmt(a.n_documents), num: true },
      { label: 'Events', value: (a) => fmt(a.n_events), num: true },
    ], { empty: 'No actors yet.' }));
    clear($('#top-places')).append(table(data.top_places, [
      { label: 'Place', value: (p) => p.name },
      { label: 'Feature', value: (p) => p.feature },
      { label: 'Country', value: (p) => p.country || '—' },
      { label: 'Documents', value: (p) => fmt(p.n_documents), num: true },
      { label: 'Events', value: (p) => fmt(p.n_events), num: true },
    ], { empty: 'No places yet.' }));
    clear($('#recent-documents')).append(documentsTable(docs.items));
    setStatus('');
  } catch (err) {
    setStatus(`Could not load the overview: ${err.message}`, 'error');
  }
}

export async function documentsPage() {
  const size = 50;
  let offset = Number(new URLSearchParams(window.location.search).get('offset')) || 0;
  const prev = $('#prev-page');
  const next = $('#next-page');
  async function load() {
    try {
      const docs = await getJSON('/api/documents', { limit: size, offset });
      clear($('#documents')).append(documentsTable(docs.items));
      $('#page-info').textContent = docs.total
        ? `${offset + 1}–${Math.min(offset + size, docs.total)} of ${docs.total}` : '';
      prev.disabled = offset <= 0;
      next.disabled = offset + size >= docs.total;
      setStatus('');
    } catch (err) {
      setStatus(`Could not load documents: ${err.message}`, 'error');
    }
  }
  prev.addEventListener('click', () => { offset = Math.max(0, offset - size); load(); });
  next.addEventListener('click', () => { offset += size; load(); });
  await load();
}
