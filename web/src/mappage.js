import { getJSON, getVocabulary, setStatus } from './api.js';
import { h, clear, $, fmt, table, docLink } from './dom.js';
import { relationOf } from './colors.js';
import { createMap } from './worldmap.js';
import { bindFilters } from './filters.js';

function groupByPlace(events) {
  const groups = new Map();
  for (const e of events) {
    if (e.lat === null || e.lon === null || e.lat === undefined || e.lon === undefined) continue;
    const key = `${e.lat.toFixed(3)},${e.lon.toFixed(3)}`;
    if (!groups.has(key)) groups.set(key, { key, lat: e.lat, lon: e.lon, place: e.place, events: [] });
    groups.get(key).events.push(e);
  }
  return [...groups.values()];
}

function eventLine(e) {
  const who = [e.actors.join(', ') || '?', '→', e.recipients.join(', ') || '—'].join(' ');
  return h('li', {},
    h('span', { class: `badge type-badge quad-${e.quad || 'unknown'}` }, e.type), ' ',
    h('span', { class: `badge status-${e.status}` }, e.status), ' ',
    who, e.date ? ` · ${e.date}` : '', ' · ', docLink(e.document, e.title || 'article'),
    e.trigger ? h('span', { class: 'trigger-text' }, ` “${e.trigger}”`) : null);
}

export async function mapPage() {
  const container = $('#map');
  let vocab;
  let map;
  try {
    [vocab, map] = await Promise.all([getVocabulary(), createMap(container, { label: 'Map of events by place' })]);
  } catch (err) {
    setStatus(`Could not load the map: ${err.message}`, 'error');
    return;
  }
  document.querySelectorAll('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    const z = b.dataset.zoom;
    if (z === 'in') map.zoom(1.5);
    else if (z === 'out') map.zoom(1 / 1.5);
    else if (z === 'fit') map.fitMarkers();
    else map.world();
  }));
  const details = $('#map-details');

  function show(group) {
    map.select(group.key);
    clear(details).append(
      h('h3', {}, group.place || 'Unnamed place'),
      h('p', { class: 'coords' }, `${group.lat.toFixed(3)}, ${group.lon.toFixed(3)} · ${group.events.length} event(s)`),
      h('ul', { class: 'event-lines' }, group.events.map(eventLine)));
  }

  async function load(filters) {
    setStatus('Loading events…');
    try {
      const data = await getJSON('/api/events', { ...filters, limit: 10000 });
      const groups = groupByPlace(data.items);
      const located = groups.reduce((n, g) => n + g.events.length, 0);
      map.setMarkers(groups.map((g) => {
        const rel = relationOf(g.events.map((e) => e.type), vocab);
        return {
          key: g.key, lon: g.lon, lat: g.lat, radius: 4 + 3 * Math.sqrt(g.events.length), cls: `rel-${rel}`,
          label: `${g.place || 'place'}: ${g.events.length} event(s), ${rel}`,
          onSelect: () => show(g),
        };
      }));
      map.fitMarkers();
      clear(details).append(h('p', {}, groups.length ? 'Select a marker.' : 'No located events match.'));
      clear($('#map-table')).append(table(data.items.filter((e) => e.lat !== null && e.lat !== undefined), [
        { label: 'Type', value: (e) => h('span', { class: `badge type-badge quad-${e.quad || 'unknown'}` }, e.type) },
        { label: 'Status', value: (e) => h('span', { class: `badge status-${e.status}` }, e.status) },
        { label: 'Actors', value: (e) => e.actors.join(', ') },
        { label: 'Recipients', value: (e) => e.recipients.join(', ') },
        { label: 'Place', value: (e) => e.place },
        { label: 'Date', value: (e) => e.date || e.published || '—' },
        { label: 'Article', value: (e) => docLink(e.document, e.title) },
      ], { empty: 'No located events match these filters.' }));
      const unlocated = data.items.length - located;
      setStatus(`${fmt(located)} located event(s) at ${fmt(groups.length)} place(s)` +
        (unlocated ? `; ${fmt(unlocated)} matching event(s) have no coordinates` : '') +
        (data.truncated ? ' (first 10,000 events only)' : '') + '.');
    } catch (err) {
      setStatus(`Could not load events: ${err.message}`, 'error');
    }
  }
  await load(bindFilters(load));
}
