/**
 * Sizes that have budgets (DESIGN.md): the initial JavaScript of the built app, gzipped
 * (under 250 kB), and each shipped model (under 2 MB). Prints each with PASS or MISS, as the
 * benchmark prints its budgets: a measurement to read, not a test.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const html = readFileSync('dist/index.html', 'utf8');
const entryScripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let initialGzip = 0;
for (const file of [...entryScripts, ...preloads]) {
  initialGzip += gzipSync(readFileSync(join('dist', file))).length;
}
const jsBudget = 250 * 1024;
const verdict = (size, budget) => (size <= budget ? 'PASS' : 'MISS');
console.log(
  `initial JS (gzip): ${kB(initialGzip)} of a ${kB(jsBudget)} budget  ${verdict(initialGzip, jsBudget)}`,
);

const modelsDir = 'public/models';
if (existsSync(modelsDir)) {
  for (const name of readdirSync(modelsDir)) {
    const dir = join(modelsDir, name);
    if (!statSync(dir).isDirectory()) continue;
    let bytes = 0;
    for (const file of readdirSync(dir)) bytes += statSync(join(dir, file)).size;
    const modelBudget = 2 * 1024 * 1024;
    console.log(
      `model ${name}: ${kB(bytes)} of a ${kB(modelBudget)} budget  ${verdict(bytes, modelBudget)}`,
    );
  }
}
