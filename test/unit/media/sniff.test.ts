// Formats are decided from the bytes: these are the magic numbers, and what a name cannot change.

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../main/core/media/sniff.ts';
import { HEIC_HEVC, photoJpeg } from './corpus.ts';

const solid = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } });

describe('sniffFormat', () => {
  it('recognises every format we accept from real encodes', async () => {
    expect(sniffFormat(await photoJpeg(16, 16))).toEqual({ kind: 'photo', format: 'jpeg' });
    expect(sniffFormat(await solid().png().toBuffer())).toEqual({ kind: 'photo', format: 'png' });
    expect(sniffFormat(await solid().webp().toBuffer())).toEqual({ kind: 'photo', format: 'webp' });
    expect(sniffFormat(await solid().gif().toBuffer())).toEqual({ kind: 'photo', format: 'gif' });
    expect(sniffFormat(await solid().tiff().toBuffer())).toEqual({ kind: 'photo', format: 'tiff' });
    expect(sniffFormat(await solid().avif({ effort: 0 }).toBuffer())).toEqual({ kind: 'photo', format: 'avif' });
    expect(sniffFormat(HEIC_HEVC)).toEqual({ kind: 'photo', format: 'heic' });
  });

  it('tells SVG, PDF, RAW and text apart from photos', () => {
    const bytes = (s: string) => Buffer.from(s, 'utf8');
    expect(sniffFormat(bytes('\uFEFF  <?xml version="1.0"?>\n<!-- x -->\n<svg viewBox="0 0 1 1"></svg>'))).toEqual({
      kind: 'refused',
      format: 'svg',
    });
    expect(sniffFormat(bytes('%PDF-1.4\n'))).toEqual({ kind: 'refused', format: 'pdf' });
    expect(sniffFormat(Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0, 0x10, 0, 0, 0]), bytes('CR\x02\0')]))).toEqual({
      kind: 'refused',
      format: 'raw',
    });
    expect(sniffFormat(bytes('Tin bài: Hà Giang đón khách du lịch\n'))).toEqual({ kind: 'text' });
    expect(sniffFormat(bytes('<html><body>not an svg</body></html>'))).toEqual({ kind: 'text' });
    expect(sniffFormat(Buffer.from([0, 1, 2, 3, 250, 251, 252, 7, 8]))).toEqual({ kind: 'unknown' });
    expect(sniffFormat(new Uint8Array())).toEqual({ kind: 'unknown' });
  });
});
