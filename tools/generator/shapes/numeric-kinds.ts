// Which number type each numeric member is (Int32, Int64, Double, Single). The SDK for JavaScript's schemas
// and declarations only say "number"; the service models botocore ships (installed with moto, which the
// tests need anyway) keep the Smithy shape types. AWSPS_BOTOCORE_DATA overrides where they are looked up.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

export type NumericKind = 'int' | 'long' | 'double' | 'float';

interface BotocoreMemberRef {
  readonly shape: string;
}
interface BotocoreShape {
  readonly type: string;
  readonly members?: Readonly<Record<string, BotocoreMemberRef>>;
  readonly member?: BotocoreMemberRef;
  readonly value?: BotocoreMemberRef;
}

const BOTOCORE_SERVICE: Readonly<Record<string, string>> = {
  s3: 's3',
  ec2: 'ec2',
  sqs: 'sqs',
  sns: 'sns',
  cloudwatch: 'cloudwatch',
  sts: 'sts',
  ssooidc: 'sso-oidc',
};

let dataDir: string | null | undefined;

function botocoreDataDir(): string | null {
  if (dataDir !== undefined) return dataDir;
  const configured = process.env.AWSPS_BOTOCORE_DATA;
  if (configured) return (dataDir = configured);
  try {
    const dir = execFileSync('python3', ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    dataDir = path.join(dir, 'data');
  } catch {
    dataDir = null;
  }
  return dataDir;
}

/** Looks numeric member types up in one service's model; answers undefined when the model is not there. */
export class NumericKinds {
  private readonly shapes: Readonly<Record<string, BotocoreShape>>;
  readonly available: boolean;

  /** Member name → the numeric kind most members of that name have (for members newer than the model). */
  private readonly byName = new Map<string, NumericKind>();

  constructor(service: string) {
    this.shapes = loadShapes(service) ?? {};
    this.available = Object.keys(this.shapes).length > 0;
    const counts = new Map<string, Map<NumericKind, number>>();
    for (const shape of Object.values(this.shapes)) {
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        const kind = numericKind(this.shapes[ref.shape]?.type);
        if (!kind) continue;
        const c = counts.get(name) ?? new Map<NumericKind, number>();
        c.set(kind, (c.get(kind) ?? 0) + 1);
        counts.set(name, c);
      }
    }
    for (const [name, c] of counts) this.byName.set(name, [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }

  /** The kind members of this name usually have in the service's model (a guess for members the model lacks). */
  kindByName(member: string): NumericKind | undefined {
    return this.byName.get(member);
  }

  /** The kind of structure `shape`'s member, through `steps` of list elements / map values ('member' | 'value'). */
  kindOf(shape: string, member: string, steps: ReadonlyArray<'member' | 'value'>): NumericKind | undefined {
    let target = this.shapes[shape]?.members?.[member]?.shape;
    for (const step of steps) target = target === undefined ? undefined : this.shapes[target]?.[step]?.shape;
    return numericKind(target === undefined ? undefined : this.shapes[target]?.type);
  }
}

function numericKind(type: string | undefined): NumericKind | undefined {
    switch (type) {
      case 'integer':
        return 'int';
      case 'long':
        return 'long';
      case 'double':
        return 'double';
      case 'float':
        return 'float';
      default:
        return undefined;
    }
}

function loadShapes(service: string): Record<string, BotocoreShape> | undefined {
  const root = botocoreDataDir();
  const name = BOTOCORE_SERVICE[service];
  if (root === null || name === undefined) return undefined;
  const serviceDir = path.join(root, name);
  if (!fs.existsSync(serviceDir)) return undefined;
  const version = fs.readdirSync(serviceDir).sort().at(-1);
  if (version === undefined) return undefined;
  const plain = path.join(serviceDir, version, 'service-2.json');
  const text = fs.existsSync(plain) ? fs.readFileSync(plain, 'utf8') : zlib.gunzipSync(fs.readFileSync(`${plain}.gz`)).toString('utf8');
  return (JSON.parse(text) as { shapes: Record<string, BotocoreShape> }).shapes;
}
