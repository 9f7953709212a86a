// A new figure for a photo just imported, the same in the editor and the CLI: caption and
// credit prefilled from what the camera wrote (the credit as `Ảnh: <name>`, falling back to the
// reporter), alt text left for a person to write.

import type { IngestedAsset } from '../contract/media.ts';
import { nfc } from '../text/nfc.ts';
import { newBlockId } from './ids.ts';
import type { FigureBlock } from './model.ts';

/** A new figure's credit: `Ảnh: <name>` from the photo's credit or creator, else the reporter; kept as is when it already says so. */
export function creditFromAsset(asset: Pick<IngestedAsset, 'credit' | 'creator'>, reporterName: string, prefix: string): string {
  const name = nfc((asset.credit || asset.creator || reporterName).trim());
  if (!name) return '';
  return /^(ảnh|photo)\s*:/iu.test(name) ? name : nfc(prefix + name);
}

/** A figure for a photo just imported, prefilled from what the camera wrote. */
export function figureFromAsset(
  asset: Pick<IngestedAsset, 'assetId' | 'caption' | 'credit' | 'creator'>,
  reporterName: string,
  prefix: string,
): FigureBlock {
  return {
    type: 'figure',
    id: newBlockId(),
    assetId: asset.assetId,
    caption: nfc(asset.caption.trim()),
    credit: creditFromAsset(asset, reporterName, prefix),
    alt: '',
    layout: 'medium',
    children: [{ text: '' }],
  };
}
