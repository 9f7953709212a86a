// The contract's media methods, over the media service and the article folders. A batch never
// fails as a whole: each photo gets its own outcome, refusals with a sentence in the UI language.

import { basename } from 'node:path';
import type { MediaAddItem, MediaAddReport } from '../../common/contract/media.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import { DatelineError, type ErrorInfo } from '../../common/result.ts';
import type { Language } from '../../common/settings.ts';
import { nfc } from '../../common/text/nfc.ts';
import type { Handlers } from '../dispatcher.ts';
import type { AreaHandlers, CoreContext } from '../types.ts';
import type { MediaAreaOptions } from './options.ts';
import { createMediaService, type MediaService, type PhotoSource } from './service.ts';
import type { WorkerError } from './protocol.ts';
import { listAssets, readAsset } from './store.ts';

export type MediaMethod = 'media.add' | 'media.addBytes' | 'media.choose' | 'media.list' | 'media.info';

export interface MediaHandlerDeps extends Pick<MediaAreaOptions, 'onProgress' | 'choosePhotos' | 'admitPath'> {
  /** The folder of an existing article; throws NOT_FOUND for an unknown id. */
  articleDir: (id: string) => string | Promise<string>;
  media: MediaService;
  /** The UI language, read at each call, for the per-photo sentences. */
  language: () => Language;
}

const isAbsolutePath = (p: unknown): p is string => typeof p === 'string' && p.length <= 4096 && /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p);

/** The handlers of media.add, media.list and media.info, for createCore to merge into its table. */
export function createMediaHandlers(deps: MediaHandlerDeps): Pick<Handlers, MediaMethod> {
  const describe = (error: WorkerError): ErrorInfo => {
    const t = translatorFor(deps.language());
    return {
      code: error.code,
      message: t(`errors:${error.code}`, { detail: '', ...error.params }),
      ...(error.details ? { details: error.details } : {}),
    };
  };

  /** `refused[i]`: the transport's refusal of sources[i], which then never reaches a media process. */
  const add = async (id: string, sources: PhotoSource[], refused: (WorkerError | null)[] = []): Promise<MediaAddReport> => {
    const dir = await deps.articleDir(id);
    const admitted = sources.filter((_, i) => !refused[i]);
    const outcomes = admitted.length
      ? await deps.media.addPhotos(dir, admitted, deps.onProgress ? (e) => deps.onProgress?.(id, e) : undefined)
      : [];
    let next = 0;
    const items: MediaAddItem[] = sources.map((source, i) => {
      const refusal = refused[i];
      if (refusal) {
        const path = typeof source === 'string' ? source : 'path' in source ? source.path : '';
        return { path, name: nfc(String(refusal.params.name ?? '') || basename(path)), ok: false, error: describe(refusal) };
      }
      const o = outcomes[next++];
      const path = o.path ?? '';
      const name = nfc(o.name || basename(path));
      return o.ok ? { path, name, ok: true, asset: o.asset } : { path, name, ok: false, error: describe(o.error) };
    });
    const added = items.filter((i) => i.ok).length;
    return { items, added, failed: items.length - added };
  };

  return {
    async 'media.add'({ id, paths, lenient }) {
      const admit = deps.admitPath;
      const refused = admit ? await Promise.all(paths.map((path) => admit(path))) : [];
      return add(
        id,
        paths.map((path) => ({ path, lenient })),
        refused,
      );
    },

    'media.addBytes': ({ id, name, bytes, lenient }) => add(id, [{ bytes, name, lenient }]),

    async 'media.choose'() {
      if (!deps.choosePhotos) throw new DatelineError('UNSUPPORTED', { detail: 'media.choose' });
      // The picker is the transport's: keep only what media.add would accept.
      return { paths: (await deps.choosePhotos()).filter(isAbsolutePath).slice(0, 500) };
    },

    async 'media.list'({ id }) {
      return listAssets(await deps.articleDir(id));
    },

    async 'media.info'({ id, assetId }) {
      const asset = await readAsset(await deps.articleDir(id), assetId);
      if (!asset) throw new DatelineError('BAD_IMAGE', { reason: 'missing', assetId, name: '' });
      return asset;
    },
  };
}

/**
 * The media area for createCore (one line in AREAS): media processes start with the first photo
 * and stop when the Core closes. Electron passes `spawn` to run them as utilityProcesses.
 */
export function mediaHandlers(ctx: CoreContext, options: MediaAreaOptions = {}): AreaHandlers<'media'> {
  const { onProgress, choosePhotos, admitPath, ...serviceOptions } = options;
  const media = createMediaService({ logger: ctx.logger, ...serviceOptions });
  ctx.onClose(() => media.close());
  const language = (): Language => {
    try {
      return ctx.settings.get().language;
    } catch {
      return 'vi';
    }
  };
  // Each photo's progress goes to the push channel (media.progress) and to the transport's own listener.
  const progress: MediaHandlerDeps['onProgress'] = (articleId, e) => {
    onProgress?.(articleId, e);
    ctx.events?.publish('media.progress', {
      articleId,
      type: e.type,
      index: e.index,
      total: e.total,
      name: e.name,
      ...(e.type === 'started' ? {} : { completed: e.completed }),
    });
  };
  return createMediaHandlers({
    articleDir: (id) => ctx.library.existingArticleDir(id),
    media,
    language,
    onProgress: progress,
    choosePhotos,
    admitPath,
  });
}
