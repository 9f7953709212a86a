// What the camera (or the photographer's software) wrote about a photo: caption, creator, credit,
// copyright and date taken, used to prefill the figure; and whether it records a location, which
// we flag but never copy. Sources in order of trust: XMP (always UTF-8, what photo desks write),
// IPTC-IIM (older newsroom tools), EXIF (the camera). The EXIF and XMP blocks come from sharp's
// header read, so every format sharp reads is covered; IPTC is read from JPEGs by exifr.

import * as exifrModule from 'exifr';
import iconv from 'iconv-lite';
import { nfc } from '../../common/text/nfc.ts';

type ExifrApi = Pick<typeof exifrModule, 'parse' | 'sidecar'>;
// Node loads exifr's CommonJS build (all on the default export); Vite and esbuild may load its ES
// build, whose default export lacks sidecar() but which has named exports.
const exifr: ExifrApi = typeof exifrModule.sidecar === 'function' ? exifrModule : (exifrModule as unknown as { default: ExifrApi }).default;

export interface CameraFields {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  dateTaken: string | null;
  hasGps: boolean;
}

export interface CameraSources {
  /** The original's bytes (IPTC is read from JPEGs). */
  bytes: Uint8Array;
  isJpeg: boolean;
  /** sharp's `metadata().exif`: a TIFF block, usually after an `Exif\0\0` header. */
  exif?: Uint8Array;
  /** sharp's `metadata().xmp`: the XMP packet. */
  xmp?: Uint8Array;
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
const dict = (v: unknown): Dict => (isDict(v) ? v : {});

// Text cameras write when nobody wrote anything: not a caption.
const PLACEHOLDERS = new Set([
  'olympus digital camera',
  'sony dsc',
  'default',
  'exif_jpeg_picture',
  'picture',
  'image',
  'untitled',
  'lead technologies inc. v1.01',
  'digital camera',
  'samsung',
  'minolta dsc',
  'camera',
]);

/** One clean string from the shapes exifr produces: strings, `{lang, value}`, arrays of either. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return [...new Set(value.map(textOf).filter(Boolean))].join(', ');
  if (isDict(value)) {
    if ('value' in value) return textOf(value.value);
    return '';
  }
  return '';
}

function clean(s: string): string {
  // Cameras pad fixed-size fields with NULs and spaces.
  const t = nfc(s.replaceAll('\u0000', '').replace(/\s+/g, ' ').trim());
  return PLACEHOLDERS.has(t.toLowerCase()) ? '' : t;
}

/**
 * exifr reads IPTC-IIM text as Latin-1. Newer tools write UTF-8 (declared or not); older
 * Vietnamese newsroom software wrote Windows-1258. Take the bytes back and decode them properly.
 */
function iptcText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(iptcText);
  if (typeof value !== 'string' || !/[\u0080-\u00ff]/.test(value)) return value;
  // Characters above U+00FF mean exifr already decoded real text: leave it.
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0xff) return value;
  const bytes = Buffer.from(value, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows1258');
  }
}

const first = (...values: unknown[]): string => {
  for (const v of values) {
    const t = textOf(v);
    if (t) return t;
  }
  return '';
};

/** `2025:01:05 17:43:00` (+ `+07:00`) → `2025-01-05T17:43:00+07:00`; null when not a date. */
function exifDate(value: unknown, offset: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const off = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${off}`;
}

/** XMP dates are ISO 8601 already, possibly without seconds or zone. */
function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value !== 'string') return null;
  const m = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value.trim());
  return m ? value.trim() : null;
}

/** IPTC `20250105` + `174300+0700` → `2025-01-05T17:43:00+07:00`. */
function iptcDate(date: unknown, time: unknown): string | null {
  if (typeof date !== 'string' || !/^\d{8}$/.test(date)) return null;
  let out = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  const t = typeof time === 'string' ? /^(\d{2})(\d{2})(\d{2})([+-]\d{2})?(\d{2})?$/.exec(time) : null;
  if (t) out += `T${t[1]}:${t[2]}:${t[3]}${t[4] ? `${t[4]}:${t[5] ?? '00'}` : ''}`;
  return out;
}

async function safely(run: () => Promise<unknown>): Promise<Dict> {
  try {
    return dict(await run());
  } catch {
    // Damaged metadata never stops an import: the photo itself is what matters.
    return {};
  }
}

function tiffBlock(exif: Uint8Array): Uint8Array {
  const hasHeader = exif.length > 6 && String.fromCharCode(...exif.subarray(0, 4)) === 'Exif';
  return hasHeader ? exif.subarray(6) : exif;
}

const hasValue = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Reads the fields a figure is prefilled with, and whether the photo records a location. */
export async function readCameraFields(src: CameraSources): Promise<CameraFields> {
  const raw = { reviveValues: false, translateValues: false } as const;
  const tiff = src.exif?.length
    ? await safely(() =>
        exifr.parse(Buffer.from(tiffBlock(src.exif!)), {
          ...raw,
          tiff: true,
          exif: true,
          gps: true,
          ifd1: false,
          interop: false,
          makerNote: false,
          userComment: false,
          xmp: false,
          iptc: false,
          icc: false,
          mergeOutput: false,
        }),
      )
    : {};
  const xmp = src.xmp?.length ? await safely(() => exifr.sidecar(Buffer.from(src.xmp!), { mergeOutput: false }, 'xmp')) : {};
  const iptcRaw = src.isJpeg
    ? dict(
        (
          await safely(() =>
            exifr.parse(Buffer.from(src.bytes), {
              ...raw,
              tiff: false,
              xmp: false,
              icc: false,
              jfif: false,
              ihdr: false,
              iptc: true,
              mergeOutput: false,
            }),
          )
        ).iptc,
      )
    : {};
  const iptc = Object.fromEntries(Object.entries(iptcRaw).map(([k, v]) => [k, iptcText(v)]));

  const ifd0 = dict(tiff.ifd0);
  const exifIfd = dict(tiff.exif);
  const gps = dict(tiff.gps);
  const dc = dict(xmp.dc);
  const ps = dict(xmp.photoshop);
  const xmpExif = dict(xmp.exif);
  const xmpCore = dict(xmp.Iptc4xmpCore);

  return {
    caption: first(dc.description, iptc.Caption, ifd0.ImageDescription),
    creator: first(dc.creator, iptc.Byline, ifd0.Artist),
    credit: first(ps.Credit, iptc.Credit),
    copyright: first(dc.rights, iptc.CopyrightNotice, ifd0.Copyright),
    dateTaken:
      exifDate(exifIfd.DateTimeOriginal, exifIfd.OffsetTimeOriginal) ??
      isoDate(xmpExif.DateTimeOriginal) ??
      isoDate(ps.DateCreated) ??
      iptcDate(iptc.DateCreated, iptc.TimeCreated) ??
      exifDate(exifIfd.CreateDate, exifIfd.OffsetTimeDigitized) ??
      null,
    // Any coordinate counts, even 0,0 from a phone without a fix: flagging too much is safe.
    hasGps:
      hasValue(gps.GPSLatitude) ||
      hasValue(gps.GPSLongitude) ||
      hasValue(xmpExif.GPSLatitude) ||
      hasValue(xmpExif.GPSLongitude) ||
      hasValue(xmpCore.GPSLatitude),
  };
}
