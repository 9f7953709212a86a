// `#/inbox`: the desk's submissions; `#/inbox/<id>`: one article in review mode.

import type { ReactNode } from 'react';
import type { Route } from '../app/route.ts';
import { InboxView } from './InboxView.tsx';
import { ReviewView } from './ReviewView.tsx';

export function InboxScreen({ id, navigate }: { id?: string; navigate: (to: Route) => void }): ReactNode {
  return id ? <ReviewView key={id} id={id} navigate={navigate} /> : <InboxView navigate={navigate} />;
}
