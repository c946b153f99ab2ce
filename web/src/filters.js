// The map and network pages' filter form <-> the URL's query string <-> API parameters.
const NAMES = ['type', 'status', 'since', 'until', 'actor', 'min_count'];

export function bindFilters(onChange) {
  const form = document.getElementById('filters');
  const params = new URLSearchParams(window.location.search);
  for (const name of NAMES) {
    const field = form.elements.namedItem(name);
    if (field && params.has(name)) field.value = params.get(name);
  }
  const read = () => {
    const out = {};
    for (const name of NAMES) {
      const field = form.elements.namedItem(name);
      if (field && field.value.trim()) out[name] = field.value.trim();
    }
    return out;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return;
    const values = read();
    const url = new URL(window.location.href);
    url.search = new URLSearchParams(values).toString();
    window.history.replaceState(null, '', url);
    onChange(values);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      window.history.replaceState(null, '', window.location.pathname);
      onChange(read());
    }, 0);
  });
  return read();
}
