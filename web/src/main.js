import { overviewPage, documentsPage } from './overview.js';
import { mapPage } from './mappage.js';
import { networkPage } from './network.js';
import { articlePage, analysePage } from './articlepage.js';

const PAGES = {
  overview: overviewPage,
  documents: documentsPage,
  map: mapPage,
  network: networkPage,
  article: articlePage,
  analyse: analysePage,
};

function start() {
  const page = PAGES[document.body.dataset.page];
  if (!page) return;
  Promise.resolve(page()).finally(() => { document.body.dataset.ready = 'true'; });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
