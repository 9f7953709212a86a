// A figure's photo as the article shows it: the preview with the figure's crop and rotation
// applied by CSS over the whole image (the stored photo is never changed).

import type { ReactNode } from 'react';
import type { FigureBlock } from '../../main/common/article/model.ts';
import type { AssetInfo } from '../../main/common/contract/media.ts';
import { mediaUrl } from '../api/media-url.ts';
import { cropView } from './figure-nodes.ts';

/**
 * The preview with the figure's crop and rotation applied by CSS (the stored photo is never
 * changed). `lazy`: fetched when it comes near the screen (the frame keeps its size meanwhile).
 */
export function CroppedPhoto({
  articleId,
  info,
  figure,
  alt,
  lazy = false,
}: {
  articleId: string;
  info: AssetInfo;
  figure: Pick<FigureBlock, 'crop' | 'rotate'>;
  alt: string;
  lazy?: boolean;
}): ReactNode {
  const preview = info.renditions.preview;
  const view = cropView(figure.crop, figure.rotate, preview.width, preview.height);
  // On its side, the unrotated box is as wide as the frame is tall, and as tall as it is wide.
  const box = view.turned
    ? { width: `${100 / view.frameAspect}%`, height: `${view.frameAspect * 100}%` }
    : { width: '100%', height: '100%' };
  return (
    <div className="photo-frame" style={{ aspectRatio: String(view.frameAspect) }}>
      <div className="photo-box" style={{ ...box, transform: `translate(-50%, -50%) rotate(${figure.rotate ?? 0}deg)` }}>
        <img
          src={mediaUrl(articleId, preview.path)}
          alt={alt}
          draggable={false}
          {...(lazy ? { loading: 'lazy' as const, decoding: 'async' as const } : {})}
          style={{ width: `${view.img.width}%`, height: `${view.img.height}%`, left: `${view.img.left}%`, top: `${view.img.top}%` }}
        />
      </div>
    </div>
  );
}
