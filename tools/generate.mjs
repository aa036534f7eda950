// Runs the cmdlet generator (tools/generator/main.ts): bundles it with esbuild into a temporary script (the
// SDK packages stay external) and runs it. Arguments pass through:
//   node tools/generate.mjs                 writes cmdlets/generated/
//   node tools/generate.mjs --out <dir>     writes elsewhere (the freshness test compares the two)
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the checkout, so that the external packages resolve from its node_modules.
fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
const temp = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'awsps-generator-'));
try {
  const outfile = path.join(temp, 'generator.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['tools/generator/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main(root, process.argv.slice(2));
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
