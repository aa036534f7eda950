// The generated cmdlets against the reference facts about the real AWS Tools cmdlets: every name the facts
// list for the seven services exists (hand-written ones excepted, they come with their own cmdlets), with its
// aliases, parameters, positions, pipeline parameter, default -Select and paging; and every operation of the
// installed SDK clients has a cmdlet or is covered by a hand-written one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeneratedIndex, GeneratedServiceFile } from '../../../src/aws/generated/catalog-types.js';
import type { ReferenceService } from '../../../tools/generator/reference-types.js';

const root = path.resolve(__dirname, '..', '..', '..');
const referenceDir = path.join(root, 'tools', 'reference', 'aws-tools-for-powershell');
const SERVICES = ['s3', 'ec2', 'sqs', 'sns', 'cloudwatch', 'sts', 'ssooidc'] as const;
const PACKAGES: Record<(typeof SERVICES)[number], string> = {
  s3: '@aws-sdk/client-s3',
  ec2: '@aws-sdk/client-ec2',
  sqs: '@aws-sdk/client-sqs',
  sns: '@aws-sdk/client-sns',
  cloudwatch: '@aws-sdk/client-cloudwatch',
  sts: '@aws-sdk/client-sts',
  ssooidc: '@aws-sdk/client-sso-oidc',
};

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const index = readJson<GeneratedIndex>(path.join(root, 'cmdlets', 'generated', 'index.json'));
describe('generated cmdlets match the reference facts', () => {
  for (const service of SERVICES) {
    const reference = readJson<ReferenceService>(path.join(referenceDir, 'services', `${service}.json`));
    const file = readJson<GeneratedServiceFile>(path.join(root, 'cmdlets', 'generated', `${service}.json`));
    const byName = new Map(file.cmdlets.map((c) => [c.name, c]));

    it(`${service}: every generated cmdlet of the reference exists with its parameters`, () => {
      const generated = reference.cmdlets.filter((c) => c.source === 'generated');
      expect(generated.length).toBeGreaterThan(0);
      for (const c of generated) {
        const spec = byName.get(c.name);
        expect(spec, c.name).toBeDefined();
        expect(index.cmdlets.find((e) => e.name === c.name)?.service).toBe(service);
        expect(spec!.operation).toBe(c.operations[0]);
        for (const p of c.parameters ?? []) {
          const q = spec!.parameters.find((x) => x.name === p.name);
          expect(q, `${c.name} -${p.name}`).toBeDefined();
          expect(q!.aliases ?? [], `${c.name} -${p.name} aliases`).toEqual(p.aliases ?? []);
          expect(q!.position, `${c.name} -${p.name} position`).toBe(p.position);
          expect(q!.valueFromPipeline ?? false, `${c.name} -${p.name} pipeline`).toBe(p.valueFromPipeline ?? false);
        }
        const emitsNothing = (c.outputType ?? []).includes('None');
        expect(spec!.select, `${c.name} -Select default`).toBe(emitsNothing ? null : c.selectDefault ?? '*');
        if (c.autoIteration?.startParameter) expect(spec!.paging?.startParameter, `${c.name} paging`).toBe(c.autoIteration.startParameter);
        expect(spec!.confirmImpact !== undefined, `${c.name} confirms`).toBe(c.supportsShouldProcess === true);
      }
    });

    it(`${service}: the auto-loaded aliases of the reference resolve to their cmdlets`, () => {
      for (const c of reference.cmdlets.filter((x) => x.source === 'generated')) {
        for (const alias of [...(c.legacyAlias ? [c.legacyAlias] : []), ...(c.moduleAliases ?? [])]) expect(index.aliases[alias], alias).toBe(c.name);
        for (const alias of c.awsAliasesPs1 ?? []) expect(index.optionalAliases[alias], alias).toBe(c.name);
      }
    });

    it(`${service}: every SDK operation has a cmdlet unless a hand-written cmdlet covers it`, () => {
      const require = createRequire(path.join(root, 'package.json'));
      const sdk = require(PACKAGES[service]) as Record<string, unknown>;
      const operations = Object.keys(sdk).filter((k) => /^[A-Z]\w*Command$/.test(k) && typeof sdk[k] === 'function');
      const called = new Set(file.cmdlets.flatMap((c) => [c.sdkCommand, ...(c.alternateCommand ? [c.alternateCommand.sdkCommand] : [])]));
      const uncovered = operations.filter((o) => !called.has(o));
      // What is left is exactly what the real tool does by hand (issue: hand-written cmdlets).
      const handwritten = new Set<string>([
        ...reference.excludedOperations.map((e) => e.operation),
        // .NET names of S3's hand-written operations, as the SDK for JavaScript names them.
        'CreateBucket', 'CreateMultipartUpload', 'UploadPartCopy', 'HeadBucket',
      ]);
      expect(uncovered.map((o) => o.slice(0, -'Command'.length)).filter((o) => !handwritten.has(o))).toEqual([]);
      expect(index.services[service].cmdletCount).toBe(file.cmdlets.length);
    });
  }

  it('the README reports the generated cmdlet count of every module', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const service of SERVICES) {
      const s = index.services[service];
      expect(readme, s.module).toContain(`| ${s.module} | \`${s.sdkPackage}\` ${s.sdkVersion} | ${s.cmdletCount} |`);
    }
  });

  it('later cmdlet names the facts list (V5 manifest, new operations) are generated under those names', () => {
    for (const service of SERVICES) {
      const reference = readJson<ReferenceService>(path.join(referenceDir, 'services', `${service}.json`));
      for (const op of reference.currentUpstreamDelta?.newOperations ?? []) {
        expect(index.cmdlets.some((c) => c.name === op.cmdlet), op.cmdlet).toBe(true);
      }
    }
    const names = new Set(index.cmdlets.map((c) => c.name));
    const ec2 = readJson<ReferenceService>(path.join(referenceDir, 'services', 'ec2.json'));
    const v5 = ec2.currentUpstreamDelta?.allCmdletNamesV5Preview ?? [];
    const handwritten = new Set(ec2.cmdlets.filter((c) => c.source !== 'generated').map((c) => c.name));
    const missing = v5.filter((n) => !names.has(n) && !handwritten.has(n));
    // The V5 preview names operations the installed SDK may since have renamed or dropped; nearly all must match.
    expect(missing.length / v5.length).toBeLessThan(0.05);
  });
});
