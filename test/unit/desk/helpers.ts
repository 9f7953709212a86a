// A newsroom machine for the desk's tests: a library, the review service and the desk service
// over one profile, on no desk yet (joining or setDesk chooses one).

import { join } from 'node:path';
import type { Role } from '../../../main/common/review/types.ts';
import { DEFAULT_SETTINGS } from '../../../main/common/settings.ts';
import { DeskService } from '../../../main/core/desk/service.ts';
import { Library } from '../../../main/core/library/library.ts';
import { libraryPort } from '../../../main/core/review/library.ts';
import { ReviewService, type ReviewServiceOptions } from '../../../main/core/review/service.ts';
import { writeArticle } from '../review/helpers.ts';

export interface Machine {
  name: string;
  library: Library;
  review: ReviewService;
  desk: DeskService;
  libraryDir: string;
  profileDir: string;
}

/** One machine under `root/<slug>`: profile made, no desk chosen. */
export async function machine(
  root: string,
  slug: string,
  name: string,
  roles: Role[],
  opts: { env?: NodeJS.ProcessEnv; review?: Partial<ReviewServiceOptions>; clock?: () => Date } = {},
): Promise<Machine> {
  const libraryDir = join(root, slug, 'library');
  const profileDir = join(root, slug, 'profile');
  const library = new Library({ dir: libraryDir, settings: () => ({ ...DEFAULT_SETTINGS, reporterName: name }), cacheFlushDelayMs: 10 });
  const review = new ReviewService({
    reviewDir: join(libraryDir, 'review'),
    profileDir,
    library: libraryPort(library),
    watch: false,
    rescanMs: 0,
    language: () => 'en',
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...opts.review,
  });
  await review.start();
  await review.setProfile(name, roles);
  const desk = new DeskService({
    review,
    profileDir,
    libraryDir,
    language: () => 'en',
    env: opts.env ?? { STHOMEDIR: join(root, slug, 'no-syncthing') },
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  return { name, library, review, desk, libraryDir, profileDir };
}

/** Hands a's public key to b, trusted for `roles`. */
export async function trustKey(a: Machine, b: Machine, roles: Role[]): Promise<void> {
  const entry = await b.review.importKey({ content: (await a.review.exportKey()).content });
  await b.review.trustKey(entry.keyId, roles);
}

export async function closeMachines(...ms: Machine[]): Promise<void> {
  for (const m of ms) {
    await m.review.close();
    await m.library.close();
  }
}

/** A library article made from the fixture story, with `photos` small photo originals. */
export function fixtureArticle(m: Machine, photos = 1): ReturnType<typeof writeArticle> {
  return writeArticle({ library: m.library } as Parameters<typeof writeArticle>[0], photos);
}
