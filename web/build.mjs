// Builds the front-end into ../src/eventwire/web/static/ (committed): one script bundle, one stylesheet,
// the Natural Earth basemap (world-atlas, 1:110m) and the third-party notices. Run: npm ci && npm run build
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'eventwire', 'web', 'static');
mkdirSync(join(out, 'data'), { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true, minify: true, format: 'iife', target: ['es2020'], legalComments: 'none',
  outfile: join(out, 'app.js'), logLevel: 'info',
});
await build({
  entryPoints: [join(here, 'src', 'app.css')],
  bundle: true, minify: true, outfile: join(out, 'app.css'), logLevel: 'info',
});
copyFileSync(join(here, 'node_modules', 'world-atlas', 'countries-110m.json'), join(out, 'data', 'countries-110m.json'));
copyFileSync(join(here, 'src', 'favicon.svg'), join(out, 'favicon.svg'));

const notices = ['Third-party software and data bundled in app.js and data/ (built from web/package-lock.json).', ''];
for (const name of ['d3-force', 'd3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-geo', 'd3-array', 'internmap', 'topojson-client', 'world-atlas']) {
  const pkg = JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8'));
  notices.push(`== ${name} ${pkg.version} (${pkg.license}) ==`, readFileSync(join(here, 'node_modules', name, 'LICENSE'), 'utf8').trim(), '');
}
notices.push('world-atlas countries-110m.json is derived from Natural Earth (public domain), https://www.naturalearthdata.com/');
writeFileSync(join(out, 'THIRD_PARTY_NOTICES.txt'), notices.join('\n') + '\n');

// A fingerprint of the sources, checked by tests/web/test_assets.py so a stale build is caught without npm.
const sources = ['build.mjs', 'package.json', 'package-lock.json', ...readdirSync(join(here, 'src')).sort().map((f) => `src/${f}`)];
const hash = createHash('sha256');
for (const rel of sources) hash.update(`${rel}\0`).update(readFileSync(join(here, rel))).update('\0');
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
const packages = Object.fromEntries(Object.entries(lock.packages).filter(([k, v]) => k.startsWith('node_modules/') && !v.optional)
  .map(([k, v]) => [k.slice('node_modules/'.length), v.version]));
writeFileSync(join(out, 'build-info.json'), JSON.stringify({ sources: sources, sources_sha256: hash.digest('hex'), packages }, null, 1) + '\n');
