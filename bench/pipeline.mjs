// Pipeline throughput: 1,000,000 objects through a Where-Object script block into Measure-Object, against
// a plain JavaScript loop doing the same filtering and counting in the same run. Start-up time is
// measured alongside and subtracted from both sides. Usage: node bench/pipeline.mjs (after npm run build)
import { bin, report, timeNode } from './lib.mjs';

const runs = 7;
const awspsStart = timeNode([bin, '-NoProfile', '-Command', '1'], runs);
const nodeStart = timeNode(['-e', '1'], runs);
const script = '1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object | ForEach-Object Count';
const ours = timeNode([bin, '-NoProfile', '-Command', script], runs) - awspsStart;
const loop = 'let c = 0; const a = []; for (let i = 1; i <= 1000000; i++) a.push(i); for (const x of a) { if (x % 3 === 0) c++; } console.log(c)';
const floor = timeNode(['-e', loop], runs) - nodeStart;
const rate = 1e6 / (ours / 1000);
report('pipeline, 1,000,000 objects (median ms, start-up subtracted)', ours, floor, 'ms', `${Math.round(rate).toLocaleString('en-US')} objects/s; goal >= 1,000,000 objects/s`);
