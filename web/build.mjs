// Bundles the UI (plain ES modules) and copies the world outline into the server's wwwroot/dist.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../src/Chronicle.Server/wwwroot/dist/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('./src/main.js', import.meta.url).pathname],
  bundle: true, format: 'esm', minify: true, sourcemap: false, target: 'es2020',
  outfile: out + 'app.js', logLevel: 'warning',
});
copyFileSync(new URL('./node_modules/world-atlas/countries-110m.json', import.meta.url).pathname, out + 'countries-110m.json');
console.log('web: built ' + out);
