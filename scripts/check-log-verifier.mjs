// Runs the page's log verifier (src/main/resources/static/integrity/log-verifier.js) against the RFC 6962
// vectors the Java tests use, and, given a running service, against its log:
//   node scripts/check-log-verifier.mjs [vectors-dir] [http://localhost:8080]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { verifyInclusion, verifyConsistency, verifyEntry } from '../src/main/resources/static/integrity/log-verifier.js';

const dir = process.argv[2] ?? '../shared/data/merkle';
const b = (s) => (typeof s === 'string' ? Uint8Array.from(Buffer.from(s, 'base64')) : new Uint8Array());
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]))
  .filter((f) => f.endsWith('.json'));
let failed = 0;
let run = 0;
for (const file of walk(join(dir, 'inclusion'))) {
  const v = JSON.parse(readFileSync(file, 'utf8'), (k, x) => x);
  const idx = Number.isSafeInteger(v.leafIdx) ? v.leafIdx : -1;
  const ok = await verifyInclusion(idx, Number.isSafeInteger(v.treeSize) ? v.treeSize : -1, b(v.leafHash),
      (v.proof ?? []).map(b), b(v.root));
  run++;
  if (ok === v.wantErr) { failed++; console.log('FAIL', file); }
}
for (const file of walk(join(dir, 'consistency'))) {
  const v = JSON.parse(readFileSync(file, 'utf8'));
  const ok = await verifyConsistency(v.size1, v.size2, b(v.root1), b(v.root2), (v.proof ?? []).map(b));
  run++;
  if (ok === v.wantErr) { failed++; console.log('FAIL', file); }
}
console.log(`${run} vectors, ${failed} failed`);
if (process.argv[3]) {
  const key = await (await fetch(process.argv[3] + '/log/v1/public-key')).json();
  console.log(await verifyEntry(process.argv[3], 0, key.publicKey));
}
process.exit(failed ? 1 : 0);
