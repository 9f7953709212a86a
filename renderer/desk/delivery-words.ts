// The words for how far a submission has travelled, shared by the toolbar's ticks and Settings.

import type { TFunction } from 'i18next';
import type { SubmissionDelivery } from '../../main/common/desk/types.ts';
import { formatNewsroomTime } from '../app/format.ts';

/** `Đã tới tòa soạn`, `Tòa soạn đã nhận lúc 10:53, 07/12/2026 (Lê Thu)`, … */
export function deliveryWords(t: TFunction<'desk'>, d: SubmissionDelivery): string {
  if (d.state === 'received' && d.receipt)
    return t('delivery.received', { time: formatNewsroomTime(d.receipt.at), name: d.receipt.by.name });
  if (d.state === 'reached' && d.via === 'folder') return t('delivery.reachedFolder');
  return t(`delivery.${d.state === 'received' ? 'reached' : d.state}`);
}
