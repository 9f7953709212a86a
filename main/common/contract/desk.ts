// The desk across machines (docs/desk.md): its status, joining the newsroom's desk through
// Syncthing by the hub's device ID, Syncthing's REST address and API key, and the delivery of a
// reporter's submissions. No method takes a path: the lanes go where the service decides.

import { z } from 'zod';
import type { DeskStatus, SubmissionDelivery } from '../desk/types.ts';
import { ArticleIdSchema } from './library.ts';

const Empty = z.object({}).strict();

export const deskContract = {
  'desk.status': { input: Empty },
  /** deviceId as typed or pasted (spaces, lower case and dashes are fine); address: the hub's, when discovery cannot find it. */
  'desk.join': {
    input: z
      .object({
        deviceId: z.string().trim().min(1).max(120),
        hubAddress: z
          .string()
          .trim()
          .max(200)
          .regex(/^(?:tcp|quic):\/\/[^\s/]+$/, 'tcp://host:port')
          .optional(),
      })
      .strict(),
  },
  /** Both empty: read them from Syncthing's own config again. */
  'desk.setSyncthing': {
    input: z.object({ address: z.string().trim().max(300).optional(), apiKey: z.string().trim().max(200).optional() }).strict(),
  },
  'desk.deliveries': { input: z.object({ id: ArticleIdSchema }).strict() },
} as const;

export interface DeskOutputs {
  'desk.status': DeskStatus;
  'desk.join': DeskStatus;
  'desk.setSyncthing': DeskStatus;
  'desk.deliveries': SubmissionDelivery[];
}
