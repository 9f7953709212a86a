// How this machine's desk is carried, in the profile folder beside desk.json: `desk-sync.json`
// says Syncthing carries it, the newsroom hub's device ID once joined, and the REST address and
// API key when Settings name them (otherwise they are read from Syncthing's own config).

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSecretFile } from '../review/profile.ts';

export interface EngineConfig {
  engine: 'syncthing';
  /** The hub's device ID, once joined. */
  hub?: string;
  /** REST base URL and API key from Settings; absent: found in Syncthing's config. */
  address?: string;
  apiKey?: string;
  joinedAt?: string;
}

export class EngineConfigStore {
  constructor(private readonly profileDir: string) {}

  private get path(): string {
    return join(this.profileDir, 'desk-sync.json');
  }

  /** The stored config, or null when nothing but the folder carries the desk. */
  async read(): Promise<EngineConfig | null> {
    try {
      const raw = JSON.parse(await readFile(this.path, 'utf8')) as Partial<EngineConfig>;
      if (raw.engine !== 'syncthing') return null;
      const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
      const out: EngineConfig = { engine: 'syncthing' };
      for (const k of ['hub', 'address', 'apiKey', 'joinedAt'] as const) {
        const v = str(raw[k]);
        if (v) out[k] = v;
      }
      return out;
    } catch {
      return null;
    }
  }

  /** Owner-only (0600) like the signing key: the API key controls the local Syncthing. */
  async write(config: EngineConfig): Promise<void> {
    await mkdir(this.profileDir, { recursive: true });
    await writeSecretFile(this.path, JSON.stringify(config, null, 1) + '\n');
  }

  /** Changes some fields (undefined removes one). */
  async update(patch: Partial<EngineConfig>): Promise<EngineConfig> {
    const next: EngineConfig = { ...((await this.read()) ?? { engine: 'syncthing' }), ...patch, engine: 'syncthing' };
    for (const k of Object.keys(next) as (keyof EngineConfig)[]) if (next[k] === undefined) delete next[k];
    await this.write(next);
    return next;
  }
}
