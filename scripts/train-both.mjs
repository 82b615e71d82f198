/**
 * npm run train:both [-- options]: trains en-fr and fr-en at once, one process per direction, so
 * that a 2-core machine uses both cores. Each process writes its own log line by line, prefixed
 * with its direction; options are passed to both (see scripts/train.ts). Stops both if one fails.
 */
import { spawn } from 'node:child_process';

const options = process.argv.slice(2);
const children = ['en-fr', 'fr-en'].map((direction) => {
  const child = spawn('node_modules/.bin/tsx', ['scripts/train.ts', direction, ...options], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, out) => {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk).split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') out.write(`[${direction}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return { direction, child };
});

let failed = false;
await Promise.all(
  children.map(
    ({ direction, child }) =>
      new Promise((resolve) =>
        child.on('exit', (code) => {
          if (code !== 0 && !failed) {
            failed = true;
            console.error(`[${direction}] training failed (exit ${code}); stopping the other`);
            for (const other of children) if (other.child !== child) other.child.kill();
          }
          resolve();
        }),
      ),
  ),
);
process.exit(failed ? 1 : 0);
