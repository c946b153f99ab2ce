import { getJSON, getVocabulary, postAnalyse, setStatus } from './api.js';
import { $ } from './dom.js';
import { renderRecord } from './article.js';

export async function articlePage() {
  const id = document.body.dataset.docId;
  try {
    const [record, vocab] = await Promise.all([getJSON(`/api/documents/${encodeURIComponent(id)}`), getVocabulary()]);
    await renderRecord($('#article-view'), record, vocab);
    document.title = `${record.document.title || 'Article'} · eventwire`;
    setStatus('');
  } catch (err) {
    setStatus(`Could not load the article: ${err.message}`, 'error');
  }
}

export function analysePage() {
  const form = $('#analyse-form');
  const button = $('#analyse-submit');
  const limit = Number(document.body.dataset.maxUpload) || 0;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return;
    const text = form.elements.namedItem('text').value;
    const file = form.elements.namedItem('file').files[0];
    const title = form.elements.namedItem('title').value.trim();
    const published = form.elements.namedItem('published').value.trim();
    const format = form.elements.namedItem('format').value;
    let body;
    if (file) {
      if (limit && file.size > limit) {
        setStatus(`The file is ${file.size} bytes, over the limit of ${limit}.`, 'error');
        return;
      }
      body = new FormData();
      body.append('file', file, file.name);
      if (title) body.append('title', title);
      if (published) body.append('published', published);
    } else {
      if (!text.trim()) {
        setStatus('Paste an article or choose a file first.', 'error');
        return;
      }
      body = { [format === 'html' ? 'html' : 'text']: text };
      if (title) body.title = title;
      if (published) body.published = published;
    }
    button.disabled = true;
    setStatus('Analysing… (the first analysis also loads the language model)');
    try {
      const [record, vocab] = await Promise.all([postAnalyse(body), getVocabulary()]);
      await renderRecord($('#article-view'), record, vocab);
      $('#article-title').focus();
      setStatus(`Analysed: ${(record.events || []).length} event(s), ${(record.actors || []).length} actor(s), ${(record.quotes || []).length} quote(s). Not stored.`);
    } catch (err) {
      setStatus(`Analysis failed: ${err.message}`, 'error');
    } finally {
      button.disabled = false;
    }
  });
}
