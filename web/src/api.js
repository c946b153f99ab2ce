export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const err = body && body.error;
    throw new ApiError((err && err.message) || `${response.status} ${response.statusText}`, response.status,
      err && err.code);
  }
  return body;
}

export async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  return parse(await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export async function postAnalyse(body) {
  const init = { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body instanceof FormData) init.body = body;
  else {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return parse(await fetch('/api/analyse', init));
}

let vocabulary;
export function getVocabulary() {
  vocabulary ||= getJSON('/api/vocabulary');
  return vocabulary;
}

export function setStatus(message, kind = 'info') {
  const el = document.getElementById('status');
  if (!el) return;
  el.textContent = message || '';
  el.dataset.kind = kind;
  el.hidden = !message;
}
