// What the service learned about each photo (renditions, size, GPS flag), asked once per window:
// a figure, the gallery and the crop dialog all read the same answer.

import type { DatelineApi } from '../../main/common/contract/index.ts';
import { useEffect, useState } from 'react';
import type { AssetInfo } from '../../main/common/contract/media.ts';

const cache = new Map<string, Promise<AssetInfo | null>>();
/** Answers already in: a component mounting after the question starts with the answer (print relies on it). */
const known = new Map<string, AssetInfo>();

/** The asset's info, or null when the article has no such photo (not cached, so it may appear later). */
export function assetInfo(api: DatelineApi, articleId: string, assetId: string): Promise<AssetInfo | null> {
  const key = `${articleId}/${assetId}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = api['media.info']({ id: articleId, assetId }).then((r) => {
      if (!r.ok) cache.delete(key);
      else known.set(key, r.value);
      return r.ok ? r.value : null;
    });
    cache.set(key, hit);
  }
  return hit;
}

/** The asset's info for a component: undefined while asked, null when missing. */
export function useAssetInfo(api: DatelineApi, articleId: string, assetId: string): AssetInfo | null | undefined {
  const [info, setInfo] = useState<AssetInfo | null | undefined>(() => known.get(`${articleId}/${assetId}`));
  useEffect(() => {
    let live = true;
    setInfo(known.get(`${articleId}/${assetId}`));
    void assetInfo(api, articleId, assetId).then((value) => {
      if (live) setInfo(value);
    });
    return () => {
      live = false;
    };
  }, [api, articleId, assetId]);
  return info;
}
