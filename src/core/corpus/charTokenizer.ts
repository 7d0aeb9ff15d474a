/**
 * Character-level tokenizer with a fixed 52-symbol vocabulary: one token per
 * character, id = index in VOCAB. Every corpus, probe and model in the
 * notebook shares this table, so ids mean the same thing everywhere.
 */

/**
 * The vocabulary, in id order:
 * `|` document separator, newline, space, a-z, 0-9, `.,?=+-:;()`,
 * then three spare symbols: `_` (blank/padding), `#` and `*` (free for
 * papers that need a marker, e.g. a retrieval chunk boundary).
 */
export const VOCAB = '|\n abcdefghijklmnopqrstuvwxyz0123456789.,?=+-:;()_#*';
export const VOCAB_SIZE = VOCAB.length; // 52

export const DOC_SEP = '|';
export const DOC_SEP_ID = 0;
export const PAD = '_';
export const PAD_ID = VOCAB.indexOf(PAD);

const ID_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < VOCAB.length; i++) ID_OF[VOCAB.charCodeAt(i)] = i;

/** Id of one character; throws on a character outside VOCAB. */
export function tokenId(ch: string): number {
  const code = ch.charCodeAt(0);
  const id = code < 128 ? ID_OF[code] : -1;
  if (id < 0 || ch.length !== 1) throw new RangeError(`character ${JSON.stringify(ch)} is not in VOCAB`);
  return id;
}

/** String to ids; throws on a character outside VOCAB. */
export function encode(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const id = code < 128 ? ID_OF[code] : -1;
    if (id < 0) throw new RangeError(`character ${JSON.stringify(text[i])} at ${i} is not in VOCAB`);
    out[i] = id;
  }
  return out;
}

/** Ids to string; throws on an id outside [0, VOCAB_SIZE). */
export function decode(ids: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!(id >= 0 && id < VOCAB_SIZE) || !Number.isInteger(id)) throw new RangeError(`token id ${id} at ${i} is out of range`);
    s += VOCAB[id];
  }
  return s;
}
