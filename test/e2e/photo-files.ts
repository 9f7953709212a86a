// Photo files for the end-to-end tests, made by sharp at run time (nothing is downloaded).

import sharp from 'sharp';

/** A real JPEG, made by sharp here; `artist` goes into EXIF as the photographer, `gps` a place in Hà Giang. */
export async function jpeg(width: number, height: number, seed: number, artist?: string, gps = false): Promise<Buffer> {
  const img = sharp({
    create: { width, height, channels: 3, background: { r: (seed * 53) % 256, g: (seed * 97) % 256, b: (seed * 31) % 256 } },
  }).jpeg({ quality: 80 });
  const place = { GPSLatitudeRef: 'N', GPSLatitude: '22/1 49/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 59/1 600/100' };
  return artist || gps
    ? img.withExif({ ...(artist ? { IFD0: { Artist: artist } } : {}), ...(gps ? { IFD3: place } : {}) }).toBuffer()
    : img.toBuffer();
}
