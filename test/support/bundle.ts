// Bundles one entry point the way the dist build loads code (CommonJS, dynamic import() as a deferred
// require()), into a temporary folder, so a test can load it in a real node process and inspect require.cache.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ProbeBundle {
  dir: string;
  file: string;
  remove(): void;
}

/** Packages stay external so require.cache shows each @aws-sdk package as it loads. */
export async function bundleForProbe(entry: string, name: string): Promise<ProbeBundle> {
  // Inside the checkout, so that the bundle finds the committed data files (cmdlets/generated) as dist/ does.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, `awsps-${name}-bundle-`));
  const file = path.join(dir, `${name}.cjs`);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    supported: { 'dynamic-import': false },
    // As tools/build.mjs: import.meta.url is the script's own file URL.
    banner: { js: 'var __awspsModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__awspsModuleUrl' },
    logLevel: 'error',
  });
  return { dir, file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
