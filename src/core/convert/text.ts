/**
 * Bytes to text the way organisers' files come: UTF-8 with or without a byte
 * order mark, UTF-16 (Excel's "Unicode text"), or Windows-1252 (what French
 * Excel writes for "CSV (séparateur : point-virgule)"). Pure: no DOM, no Node.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// Bytes 0x80–0x9F of Windows-1252. `TextDecoder('windows-1252')` of Node 20
// (without full ICU data) decodes them as Latin-1 control characters, so
// ’ € œ – … would be lost: they are decoded here. The five bytes Windows-1252
// leaves undefined keep their Latin-1 value, as browsers do.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes (every byte is a character: never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 0x8000;
  for (let from = 0; from < bytes.length; from += size) {
    const slice = bytes.subarray(from, Math.min(bytes.length, from + size));
    const codes = new Uint16Array(slice.length);
    for (let i = 0; i < slice.length; i++) {
      const byte = slice[i]!;
      codes[i] = byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte;
    }
    chunks.push(String.fromCharCode.apply(null, codes as unknown as number[]));
  }
  return chunks.join('');
}

/** Encodes text as Windows-1252; characters it cannot hold become `?`. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = HIGH.indexOf(code);
    bytes[n++] = high >= 0 && (code > 0xff) ? 0x80 + high : code <= 0xff ? code : 0x3f;
  }
  return bytes.subarray(0, n);
}

/**
 * The text of a file and the encoding it was read in: a byte order mark
 * decides; else valid UTF-8 is UTF-8; else Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Text given as text or as bytes, without a leading byte order mark. */
export function toText(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return decodeBytes(input instanceof Uint8Array ? input : new Uint8Array(input)).text;
}
