// Bundles the shell into dist/ so that start-up reads one file instead of hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: 'linked',
  minifyWhitespace: false,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __awspsCreateRequire } from 'node:module'; const require = __awspsCreateRequire(import.meta.url);" },
});
