// The end-to-end tests drive the built CLI: build it once before they run.

import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, '..', 'tools', 'build.mjs')], { stdio: 'inherit' });
}
