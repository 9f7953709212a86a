// Every string we store is NFC: Vietnamese arrives decomposed from some IMEs, from macOS file
// names and from CP1258-style text, and two spellings of one word must compare equal.

export const nfc = (s: string): string => s.normalize('NFC');

/** Deep-copies a JSON-plain value with every string (keys excluded) in NFC. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfcDeep(v);
    return out as T;
  }
  return value;
}
