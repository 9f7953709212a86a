// Beside a submitted article's status, how far the submission has travelled, like a messenger's
// ticks: ✓ on this laptop only · ✓✓ reached the newsroom · ✓✓ (coloured) an editor's Dateline
// took it in and signed a receipt, with who and when.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDelivery } from '../../main/common/desk/types.ts';
import { deliveryWords } from './delivery-words.ts';
import './desk.css';

export function DeliveryTicks({ delivery }: { delivery: SubmissionDelivery }): ReactNode {
  const { t } = useTranslation('deskUi');
  const { t: tDesk } = useTranslation('desk');
  const words = deliveryWords(tDesk, delivery);
  return (
    <span
      className={`delivery delivery-${delivery.state}`}
      role="status"
      aria-label={t('delivery')}
      data-delivery={delivery.state}
      data-testid="delivery"
    >
      <span className="delivery-ticks" aria-hidden="true">
        {delivery.state === 'local' ? '✓' : '✓✓'}
      </span>{' '}
      {words}
    </span>
  );
}
