// Builds dist/ for a fast start (src/startup/code-cache.ts explains how it is loaded):
//   1. esbuild bundles src/cli.ts as ESM with code splitting, so that rarely used parts (the AWS SDK)
//      can live in chunks that are only read when a dynamic import() asks for them;
//   2. each output file is converted to CommonJS (chunk imports become require() calls, import() a
//      deferred require()), because Node 20 can reuse V8's compiled code (vm.Script cachedData) only
//      for scripts, not for ES modules;
//   3. dist/startup.cjs (the loader) and dist/manifest.json (the build's content hash, which names the
//      code cache) come last; files of earlier builds are then removed.
// Every file is replaced atomically (written beside, then renamed), so an awsps starting during a build
// reads whole files. Source maps chain through both steps back to the TypeScript sources.
// Not minified: measured, it saves no start-up time once the code cache exists, and costs some without.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const common = {
  absWorkingDir: root,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
};

/** Fails the build on any esbuild warning of a step whose output must be exact (e.g. an import.meta made empty). */
function requireNoWarnings(step, result) {
  if (result.warnings.length > 0) throw new Error(`${step}: esbuild warnings are errors in this step (see above)`);
  return result;
}

/** Replaces dist/<name> atomically. */
function publish(name, contents) {
  const target = path.join(dist, name);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, target);
}

const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-build-'));
try {
  await build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: staging,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
  });
  const scripts = fs.readdirSync(staging).filter((f) => f.endsWith('.cjs')).sort();

  const converted = requireNoWarnings(
    'CommonJS conversion',
    await build({
      ...common,
      entryPoints: scripts.map((f) => path.join(staging, f)),
      outdir: dist,
      write: false,
      bundle: false,
      format: 'cjs',
      // ES modules are strict code; the converted scripts must stay strict. import.meta.url (used to find the
      // committed data files under cmdlets/generated/) becomes the script's own file URL.
      banner: { js: '"use strict";var __awspsModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { 'import.meta.url': '__awspsModuleUrl' },
      // import('./chunk-X.cjs') becomes a deferred require(), which the loader serves from the code cache.
      supported: { 'dynamic-import': false },
    }),
  );
  const loader = requireNoWarnings(
    'start-up loader',
    await build({
      ...common,
      entryPoints: { startup: 'src/startup/code-cache.ts' },
      outdir: dist,
      write: false,
      bundle: true,
      format: 'cjs',
    }),
  );

  fs.mkdirSync(dist, { recursive: true });
  // Chunks before the entry that requires them; the manifest last.
  const entry = path.join(dist, 'cli.cjs');
  const outputs = [...converted.outputFiles, ...loader.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of outputs) publish(path.basename(file.path), file.contents);

  const hash = createHash('sha256');
  for (const file of converted.outputFiles.filter((f) => f.path.endsWith('.cjs')).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(path.basename(file.path)).update('\0').update(file.contents);
  }
  publish('manifest.json', `${JSON.stringify({ entry: 'cli.cjs', build: hash.digest('hex').slice(0, 32) })}\n`);

  // Outputs of earlier builds (old chunks, the former ESM dist/cli.js) would only mislead.
  const current = new Set(['manifest.json', ...outputs.map((f) => path.basename(f.path))]);
  for (const name of fs.readdirSync(dist)) {
    if (!current.has(name) && !name.endsWith('.tmp')) fs.rmSync(path.join(dist, name), { recursive: true, force: true });
  }
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
