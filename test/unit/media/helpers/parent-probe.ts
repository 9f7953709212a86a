// The app's side of photo processing, alone in a process: add a photo through the service and the
// contract handlers, then report whether libvips (sharp's native library) was ever mapped here.

import { readFileSync } from 'node:fs';
import { createMediaHandlers } from '../../../../main/core/media/handlers.ts';
import { createMediaService } from '../../../../main/core/media/service.ts';

const [libraryDir, articleId, photo] = process.argv.slice(2);
const media = createMediaService({ poolSize: 1 });
const handlers = createMediaHandlers({ articleDir: (id) => `${libraryDir}/${id}`, media, language: () => 'vi' });
const report = await handlers['media.add']({ id: articleId, paths: [photo], lenient: false });
await media.close();
const maps = readFileSync('/proc/self/maps', 'utf8');
process.stdout.write(JSON.stringify({ added: report.added, libvipsLoaded: /libvips|sharp-[a-z0-9-]+\.node/.test(maps) }));
