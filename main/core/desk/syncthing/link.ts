// Reaching the local Syncthing: the address and API key from Settings when they are set, else
// from Syncthing's own config; when neither answers, the DESK error says whether Syncthing is
// missing (how to get it) or only not running (start it).

import { deskError } from './errors.ts';
import { SyncthingClient } from './client.ts';
import { endpointFromConfig, loopbackUrl, syncthingHomes, syncthingInstalled } from './locate.ts';
import type { EngineConfig } from '../engine-config.ts';

const DEFAULT_ADDRESS = 'http://127.0.0.1:8384';

/** A client for the local Syncthing; throws DESK `not-installed` or `not-running` when there is none to talk to. */
export async function connectSyncthing(config: EngineConfig | null, env: NodeJS.ProcessEnv = process.env): Promise<SyncthingClient> {
  if (config?.address && config.apiKey) {
    const url = loopbackUrl(config.address);
    if (!url) throw deskError('bad-address');
    return new SyncthingClient({ url, apiKey: config.apiKey, source: 'settings' });
  }
  const found = await endpointFromConfig(syncthingHomes(env));
  if (found.endpoint) return new SyncthingClient(found.endpoint);
  if (found.home || (await syncthingInstalled(env))) throw deskError('not-running', { address: DEFAULT_ADDRESS });
  throw deskError('not-installed');
}
