// Verifies origin-graph's integrity log in the browser (or Node 20+), with WebCrypto only: an RFC 6962
// inclusion proof against a C2SP checkpoint signed with Ed25519. Plain ES module, no dependencies.
//
//   import { verifyEntry } from '/integrity/log-verifier.js';
//   const result = await verifyEntry('', 42, PINNED_PUBLIC_KEY_PEM);   // '' = this origin
//   // result: { verified, reason, treeSize, rootHash, leaf }
//
// Pin the public key (from /log/v1/public-key, published out of band); a key fetched with the proof
// proves only that the log agrees with itself. docs/integrity.md explains what a verdict means.

const subtle = globalThis.crypto.subtle;
const encoder = new TextEncoder();

function base64ToBytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function equal(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function sha256(...parts) {
  return new Uint8Array(await subtle.digest('SHA-256', concat(...parts)));
}

/** RFC 6962 leaf hash: SHA-256(0x00 || data). */
export function leafHash(data) {
  return sha256(new Uint8Array([0]), data);
}

function nodeHash(left, right) {
  return sha256(new Uint8Array([1]), left, right);
}

/** RFC 9162 2.1.3.2: whether proof leads from leafHash at index to root of a tree of size leaves. */
export async function verifyInclusion(index, size, leaf, proof, root) {
  if (!(index >= 0 && index < size) || leaf.length !== 32 || root.length !== 32 || proof.some(p => p.length !== 32)) {
    return false;
  }
  let fn = BigInt(index);
  let sn = BigInt(size) - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      r = await nodeHash(p, r);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1n; sn >>= 1n;
  }
  return sn === 0n && equal(r, root);
}

/** RFC 9162 2.1.4.2: whether proof shows the tree of second leaves (secondRoot) extends the one of first. */
export async function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
  if (!(first >= 1 && second >= first)) return false;
  if (first === second) return proof.length === 0 && equal(firstRoot, secondRoot);
  if (proof.length === 0 || firstRoot.length !== 32 || secondRoot.length !== 32 || proof.some(p => p.length !== 32)) {
    return false;
  }
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = BigInt(first) - 1n;
  let sn = BigInt(second) - 1n;
  while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn >>= 1n; sn >>= 1n;
  }
  return sn === 0n && equal(fr, firstRoot) && equal(sr, secondRoot);
}

function pemBody(pem) {
  const match = /-----BEGIN PUBLIC KEY-----([^-]*)-----END PUBLIC KEY-----/.exec(pem);
  if (!match) throw new Error('not a PUBLIC KEY PEM');
  return base64ToBytes(match[1].replace(/\s+/g, ''));
}

/**
 * The checkpoint {origin, size, root} of a C2SP signed note if the Ed25519 key in publicKeyPem signed it
 * (a signature line with the key's name, the origin, and its key id), else null.
 */
export async function openCheckpoint(note, publicKeyPem) {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return null;
  const body = note.slice(0, split + 1);
  const [origin, sizeText, rootText] = body.split('\n');
  const spki = pemBody(publicKeyPem);
  const raw = spki.slice(spki.length - 32);
  const keyId = (await sha256(encoder.encode(origin), new Uint8Array([0x0a, 0x01]), raw)).slice(0, 4);
  const key = await subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
  for (const line of note.slice(split + 2).split('\n')) {
    const prefix = '\u2014 ' + origin + ' ';
    if (!line.startsWith(prefix)) continue;
    let signed;
    try { signed = base64ToBytes(line.slice(prefix.length)); } catch { continue; }
    if (signed.length !== 68 || !equal(signed.slice(0, 4), keyId)) continue;
    if (await subtle.verify({ name: 'Ed25519' }, key, signed.slice(4), encoder.encode(body))) {
      const root = base64ToBytes(rootText);
      return /^\d+$/.test(sizeText) && root.length === 32 ? { origin, size: Number(sizeText), root } : null;
    }
  }
  return null;
}

/**
 * Fetches the checkpoint, entry index and its inclusion proof from the log at base ('' for this origin)
 * and checks them against the pinned key. The entry's leaf is returned parsed: {kind, id, content, ...}.
 */
export async function verifyEntry(base, index, publicKeyPem) {
  const get = async (path) => {
    const response = await fetch(base + '/log/v1' + path);
    if (!response.ok) throw new Error(path + ': ' + response.status);
    return response;
  };
  const note = await (await get('/checkpoint')).text();
  const checkpoint = await openCheckpoint(note, publicKeyPem);
  if (!checkpoint) return { verified: false, reason: 'the checkpoint is not signed by the pinned key' };
  const [entry] = await (await get(`/entries?start=${index}&end=${index}`)).json();
  if (!entry) return { verified: false, reason: 'no entry ' + index };
  const proof = await (await get(`/proof/inclusion?index=${index}&treeSize=${checkpoint.size}`)).json();
  const input = base64ToBytes(entry.leafInput);
  const verified = await verifyInclusion(index, checkpoint.size, await leafHash(input),
      proof.hashes.map(base64ToBytes), checkpoint.root);
  return {
    verified,
    reason: verified ? 'included in the signed tree' : 'the proof does not lead to the signed root',
    treeSize: checkpoint.size,
    rootHash: bytesToBase64(checkpoint.root),
    leaf: JSON.parse(new TextDecoder().decode(input)),
  };
}
