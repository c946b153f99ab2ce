// Colours per PLOVER type: cooperation in greens/blues, conflict in oranges/reds (quad class from the API).
const COOP = ['#1b7837', '#5aae61', '#2166ac', '#4393c3', '#35978f', '#80cdc1', '#6a51a3'];
const CONF = ['#b2182b', '#d6604d', '#f4a582', '#e08214', '#8c510a', '#fdb863', '#762a83', '#c51b7d', '#de77ae'];

export function typeColors(vocab) {
  const colors = {};
  let c = 0;
  let k = 0;
  for (const t of vocab.event_types) {
    const coop = (vocab.quad_classes[t] || '').endsWith('_cooperation');
    colors[t] = coop ? COOP[c++ % COOP.length] : CONF[k++ % CONF.length];
  }
  return colors;
}

export function relationOf(types, vocab) {
  let coop = 0;
  let conf = 0;
  for (const t of types) {
    if ((vocab.quad_classes[t] || '').endsWith('_cooperation')) coop += 1;
    else conf += 1;
  }
  return coop > conf ? 'cooperation' : conf > coop ? 'conflict' : 'mixed';
}
