// cmdlets/generated is the generator's output, never edited by hand: re-running the generator on this checkout
// reproduces it byte for byte (a stale or hand-edited file fails here with its name).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const committed = path.join(root, 'cmdlets', 'generated');
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-generated-'));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

describe('the cmdlet generator', () => {
  it('reproduces cmdlets/generated exactly', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'tools', 'generate.mjs'), '--out', fresh], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^generated \d+ cmdlets \(s3 \d+, ec2 \d+, sqs \d+, sns \d+, cloudwatch \d+, sts \d+, ssooidc \d+\)/);
    expect(filesUnder(fresh)).toEqual(filesUnder(committed));
    for (const file of filesUnder(committed)) {
      expect(fs.readFileSync(path.join(fresh, file), 'utf8') === fs.readFileSync(path.join(committed, file), 'utf8'), `${file} is stale: run node tools/generate.mjs`).toBe(true);
    }
  });
});
