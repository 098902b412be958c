'use strict';
// Values on the wire (docs/PROTOCOL.md, "Values"): JSON, plus one-key objects tagged with "$" for what JSON
// cannot say. JavaScript mapping, both ways: null, booleans, strings, arrays and plain objects as
// themselves; numbers (an integral number is a Python int, any other a float); BigInt <-> int beyond
// 2**53; Buffer/Uint8Array <-> bytes; Set <-> set; Map <-> dict with any keys; Python tuples arrive as
// frozen arrays (send one with pith.tuple(...)); NaN and the infinities as themselves; a value with no
// host form as an Opaque holding its repr.

class Opaque {
  constructor(repr) {
    this.repr = repr;
  }
  toString() {
    return this.repr;
  }
}


const TUPLES = new WeakSet(); // the arrays that stand for Python tuples

// Freeze arr and mark it as a tuple (encode() sends it as one).
function asTuple(arr) {
  TUPLES.add(Object.freeze(arr));
  return arr;
}

// Mark values as a Python tuple for encode().
function tuple(...items) {
  return asTuple(items);
}

function isPlainObject(v) {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function encode(v) {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      if (Number.isNaN(v)) return { $float: 'nan' };
      if (!Number.isFinite(v)) return { $float: v > 0 ? 'inf' : '-inf' };
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return { $int: BigInt(v).toString() };
      return v;
    case 'bigint':
      return { $int: v.toString() };
    default:
      break;
  }
  if (TUPLES.has(v)) return { $tuple: v.map(encode) };
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (v instanceof Set) return { $set: [...v].map(encode) };
  if (v instanceof Map) return { $dict: [...v].map(([k, x]) => [encode(k), encode(x)]) };
  if (typeof v === 'object' && isPlainObject(v)) {
    const keys = Object.keys(v);
    if (keys.some((k) => k.startsWith('$'))) return { $dict: keys.map((k) => [k, encode(v[k])]) };
    const out = {};
    for (const k of keys) out[k] = encode(v[k]);
    return out;
  }
  throw new TypeError(`a value of type ${v?.constructor?.name ?? typeof v} cannot enter a pith program`);
}

function decodeTagged(tag, j) {
  switch (tag) {
    case '$tuple':
      return asTuple(j.map(decode));
    case '$set':
      return new Set(j.map(decode));
    case '$dict':
      return new Map(j.map(([k, x]) => [decode(k), decode(x)]));
    case '$int':
      return BigInt(j);
    case '$float':
      return j === 'nan' ? NaN : j === 'inf' ? Infinity : -Infinity;
    case '$bytes':
      return Buffer.from(j, 'base64');
    case '$repr':
      return new Opaque(j);
    default:
      throw new Error(`unknown wire tag ${tag}`);
  }
}

function decode(j) {
  if (Array.isArray(j)) return j.map(decode);
  if (j !== null && typeof j === 'object') {
    const keys = Object.keys(j);
    if (keys.length === 1 && keys[0].startsWith('$')) return decodeTagged(keys[0], j[keys[0]]);
    const out = {};
    for (const k of keys) out[k] = decode(j[k]);
    return out;
  }
  return j;
}

module.exports = { encode, decode, tuple, Opaque };
