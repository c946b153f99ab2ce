// The article view: the record's text with every annotation layer highlighted, built from text nodes only.
import { h, clear, fmt, safeHref } from './dom.js';
import { createMap } from './worldmap.js';

export const LAYERS = [
  { key: 'actor', label: 'Actors' },
  { key: 'place', label: 'Places' },
  { key: 'time', label: 'Times' },
  { key: 'quote', label: 'Quotes' },
  { key: 'event', label: 'Event triggers' },
  { key: 'technique', label: 'Techniques' },
  { key: 'voice', label: 'Quoted voice' },
];

/** Python code-point offsets -> JavaScript UTF-16 indices (identical unless the text has astral characters). */
function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [];
  let cu = 0;
  for (const ch of text) {
    map.push(cu);
    cu += ch.length;
  }
  map.push(cu);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

function collect(record, vocab) {
  const actors = new Map((record.actors || []).map((a) => [a.id, a]));
  const places = new Map((record.places || []).map((p) => [p.id, p]));
  const name = (id) => (actors.get(id) || {}).name || id;
  const anns = [];
  const add = (layer, span, describe, extra = {}) => anns.push({ layer, start: span.start, end: span.end, describe, cls: `hl-${layer}`, ...extra });
  for (const a of actors.values()) {
    for (const m of a.mentions) add('actor', m, `Actor: ${a.name} (${a.kind}${a.country ? `, ${a.country}` : ''}${a.sector ? `, ${a.sector}` : ''})`, { ref: a.id });
  }
  for (const p of places.values()) {
    const where = p.lat !== null && p.lat !== undefined ? `, ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : ', no coordinates';
    for (const m of p.mentions) add('place', m, `Place: ${p.name} (${p.feature}${p.country ? `, ${p.country}` : ''}${where})`, { ref: p.id });
  }
  for (const t of record.times || []) add('time', t, `Time: ${t.type}${t.value ? ` = ${t.value}` : ' (unresolved)'}`);
  for (const q of record.quotes || []) {
    add('quote', q, `Quote ${q.id} (${q.kind}), speaker: ${q.speaker ? name(q.speaker) : 'unknown'}`, { ref: q.id });
    if (q.cue) add('quote', q.cue, `Speech cue of ${q.id}`, { cls: 'hl-cue' });
  }
  for (const e of record.events || []) {
    const who = `${e.actors.map(name).join(', ') || '?'} → ${e.recipients.map(name).join(', ') || '—'}`;
    const place = e.place ? (places.get(e.place) || {}).name || e.place : null;
    const text = `Event ${e.id}: ${e.type}${e.mode ? ` (${e.mode})` : ''}, ${e.status}; ${who}` +
      (place ? `; at ${place}` : '') + (e.date ? `; ${e.date}` : '') + (e.source ? `; source: ${name(e.source)}` : '');
    for (const span of [e.trigger, ...(e.triggers || [])]) add('event', span, text, { ref: e.id, quad: vocab.quad_classes[e.type] });
  }
  const framing = record.framing || {};
  for (const t of framing.techniques || []) add('technique', t, `Technique: ${t.technique.replaceAll('_', ' ')} (${t.score.toFixed(2)})`);
  for (const v of framing.voices || []) {
    if (v.voice === 'quoted') add('voice', v, 'Quoted voice', { cls: 'voice-quoted' });
  }
  return anns;
}

function segments(text, anns) {
  const toCU = offsetMapper(text);
  const n = text.length;
  const spans = [];
  for (const a of anns) {
    const start = Math.max(0, Math.min(n, toCU(a.start)));
    const end = Math.max(0, Math.min(n, toCU(a.end)));
    if (end > start) spans.push({ ...a, s: start, e: end });
  }
  const points = new Set([0, n]);
  for (const a of spans) { points.add(a.s); points.add(a.e); }
  const cuts = [...points].sort((x, y) => x - y);
  spans.sort((x, y) => x.s - y.s);
  const out = [];
  let active = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const from = cuts[i];
    const to = cuts[i + 1];
    active = active.filter((a) => a.e > from);
    while (next < spans.length && spans[next].s <= from) {
      if (spans[next].e > from) active.push(spans[next]);
      next += 1;
    }
    out.push({ from, to, anns: active.filter((a) => a.s <= from && a.e >= to) });
  }
  return out;
}

function badge(cls, text, title) {
  return h('span', { class: `badge ${cls}`, title }, text);
}

export async function renderRecord(root, record, vocab) {
  clear(root);
  const doc = record.document;
  const actors = new Map((record.actors || []).map((a) => [a.id, a]));
  const places = new Map((record.places || []).map((p) => [p.id, p]));
  const name = (id) => (actors.get(id) || {}).name || id;
  const anns = collect(record, vocab);
  const segs = segments(doc.text, anns);

  // -- header
  const metaBits = [doc.published ? `Published ${doc.published}` : 'No publication date', doc.outlet, doc.source_id ? `source id ${doc.source_id}` : null].filter(Boolean);
  const header = h('header', { class: 'article-header' },
    h('h1', { id: 'article-title', tabindex: -1 }, doc.title || 'Untitled article'),
    h('p', { class: 'meta' }, metaBits.join(' · '),
      doc.url && safeHref(doc.url) !== '#' ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null),
    h('p', { class: 'meta small' }, h('span', { class: 'doc-id' }, doc.id), ` · stages: ${record.meta.stages.join(', ')}`));

  // -- layer toggles with their legend
  const textEl = h('div', { class: 'article-text', id: 'article-text', lang: doc.language || 'en' });
  const toggles = h('fieldset', { class: 'layer-toggles' }, h('legend', {}, 'Highlight'),
    LAYERS.map((layer) => {
      const count = anns.filter((a) => a.layer === layer.key && a.cls !== 'hl-cue').length;
      const input = h('input', { type: 'checkbox', checked: true, 'data-layer': layer.key, id: `toggle-${layer.key}` });
      input.addEventListener('change', () => textEl.classList.toggle(`show-${layer.key}`, input.checked));
      textEl.classList.add(`show-${layer.key}`);
      return h('label', { for: `toggle-${layer.key}`, class: 'toggle' }, input,
        h('span', { class: `swatch-text ${layer.key === 'voice' ? 'voice-quoted' : `hl-${layer.key}`}`, 'aria-hidden': 'true' }, 'Ab'),
        ` ${layer.label} (${count})`);
    }));

  // -- the text
  for (const seg of segs) {
    const piece = doc.text.slice(seg.from, seg.to);
    if (!seg.anns.length) {
      textEl.append(document.createTextNode(piece));
      continue;
    }
    const cls = ['seg', ...new Set(seg.anns.map((a) => a.cls))];
    const events = [...new Set(seg.anns.filter((a) => a.layer === 'event').map((a) => a.ref))];
    const quad = seg.anns.find((a) => a.layer === 'event');
    if (quad && quad.quad) cls.push(`quad-${quad.quad}`);
    const el = h('span', {
      class: cls, title: seg.anns.map((a) => a.describe).join('\n'),
      'data-event': events.length ? events.join(' ') : null,
      'data-quote': seg.anns.filter((a) => a.layer === 'quote' && a.ref).map((a) => a.ref).join(' ') || null,
      tabindex: events.length ? 0 : null,
    }, piece);
    el.annotations = seg.anns;
    textEl.append(el);
  }

  // -- hover / focus details
  const details = h('div', { class: 'ann-details', id: 'ann-details', 'aria-live': 'polite' }, h('p', {}, 'Point at or focus a highlighted passage for details.'));
  const showDetails = (ev) => {
    const seg = ev.target.closest && ev.target.closest('.seg');
    if (!seg || !seg.annotations) return;
    clear(details).append(h('ul', {}, seg.annotations.map((a) => h('li', { class: `detail-${a.layer}` }, a.describe))));
  };
  textEl.addEventListener('mouseover', showDetails);
  textEl.addEventListener('focusin', showDetails);

  // -- mini map of the article's places
  const mapBox = h('div', { class: 'mini-map', id: 'article-map' });
  const located = [...places.values()].filter((p) => p.lat !== null && p.lat !== undefined && p.lon !== null && p.lon !== undefined);
  const eventPlaces = new Set((record.events || []).map((e) => e.place).filter(Boolean));

  // -- event list
  function focusEvent(id) {
    for (const el of textEl.querySelectorAll('.seg.active')) el.classList.remove('active');
    const els = [...textEl.querySelectorAll('.seg[data-event]')].filter((el) => el.dataset.event.split(' ').includes(id));
    els.forEach((el) => el.classList.add('active'));
    if (els[0]) {
      els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
      els[0].focus({ preventScroll: true });
    }
  }
  let miniMap = null;
  const eventsList = h('ol', { class: 'event-list', id: 'event-list' }, (record.events || []).map((e) => {
    const p = e.place ? places.get(e.place) : null;
    const hasXY = p && p.lat !== null && p.lat !== undefined;
    const quad = vocab.quad_classes[e.type] || 'unknown';
    return h('li', { class: 'event-item', 'data-event-id': e.id },
      h('div', { class: 'event-head' },
        h('button', { type: 'button', class: 'event-jump', 'aria-label': `Show ${e.id} (${e.type}) in the text`, onclick: () => focusEvent(e.id) }, `${e.id} ${e.type}`),
        ' ', badge(`quad-${quad}`, quad.replace('_', ' ')),
        ' ', badge(`status-${e.status}`, e.status, 'status'),
        ' ', e.source ? badge('source-badge', `source: ${name(e.source)}`, 'the claim is attributed to this actor') : badge('source-badge author', 'author’s voice', 'not attributed to another source')),
      h('p', { class: 'event-who' }, `${e.actors.map(name).join(', ') || '?'} → ${e.recipients.map(name).join(', ') || '—'}`,
        e.mode ? ` · ${e.mode}` : '', e.date ? ` · ${e.date}` : '', ` · confidence ${e.confidence.toFixed(2)}`),
      h('p', { class: 'event-where' },
        p ? `At ${p.name}` : 'No place',
        hasXY ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}) ` : p ? ' (no coordinates)' : '',
        hasXY ? h('button', { type: 'button', class: 'map-jump', onclick: () => { if (miniMap) { miniMap.select(p.id); mapBox.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); } } }, 'show on map') : null),
      h('blockquote', { class: 'event-trigger' }, `“${e.trigger.text}”`));
  }));

  // -- quotes, actors, framing
  const quotesList = h('ol', { class: 'quote-list' }, (record.quotes || []).map((q) => h('li', {},
    badge(`quote-kind ${q.kind}`, q.kind), ' ', h('strong', {}, q.speaker ? name(q.speaker) : 'unknown speaker'), ': ',
    h('q', {}, q.text.length > 220 ? `${q.text.slice(0, 220)}…` : q.text))));
  const framing = record.framing;
  const stance = framing && framing.stance && framing.stance.length ? h('ul', {}, framing.stance.map((st) => h('li', {}, `${name(st.actor)}: ${st.score > 0 ? '+' : ''}${st.score.toFixed(2)}`))) : null;

  const section = (id, title, ...body) => h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...body);
  root.append(header, toggles, h('div', { class: 'article-layout' },
    h('section', { class: 'article-body', 'aria-label': 'Article text' }, textEl),
    h('aside', { class: 'article-side' },
      section('details-h', 'Details', details),
      section('events-h', `Events (${(record.events || []).length})`, (record.events || []).length ? eventsList : h('p', { class: 'empty' }, 'No events found.')),
      section('map-h', 'Places on the map', located.length ? mapBox : h('p', { class: 'empty' }, 'No located places.')),
      section('quotes-h', `Quotes (${(record.quotes || []).length})`, (record.quotes || []).length ? quotesList : h('p', { class: 'empty' }, 'No quotes found.')),
      section('actors-h', `Actors (${actors.size})`, h('ul', { class: 'chips' }, [...actors.values()].map((a) => h('li', { class: 'chip' }, `${a.name}`, h('span', { class: 'chip-kind' }, ` ${a.kind}`))))),
      framing ? section('framing-h', 'Framing',
        h('p', {}, framing.opinion === null || framing.opinion === undefined ? 'Opinion score: not computed' : `Opinion score: ${fmt(Number(framing.opinion.toFixed(2)))} (0 = report, 1 = opinion)`),
        h('p', {}, `Propaganda technique spans: ${(framing.techniques || []).length}`),
        stance ? [h('h3', {}, 'Stance toward actors'), stance] : null) : null)));

  if (located.length) {
    try {
      miniMap = await createMap(mapBox, { label: 'Map of the places in this article' });
      miniMap.setMarkers(located.map((p) => ({
        key: p.id, lon: p.lon, lat: p.lat, radius: eventPlaces.has(p.id) ? 7 : 5,
        cls: eventPlaces.has(p.id) ? 'event-place' : 'place-only', showLabel: p.name,
        label: `${p.name}${eventPlaces.has(p.id) ? ' (events)' : ''}`,
        onSelect: (m) => {
          miniMap.select(m.key);
          const evs = (record.events || []).filter((e) => e.place === p.id).map((e) => e.id);
          clear(details).append(h('p', {}, `${p.name} (${p.feature}${p.country ? `, ${p.country}` : ''}): ${evs.length ? `events ${evs.join(', ')}` : 'no events'}`));
        },
      })));
      miniMap.fitMarkers();
    } catch (err) {
      clear(mapBox).append(h('p', { class: 'empty' }, `The map could not be drawn: ${err.message}`));
    }
  }
}
