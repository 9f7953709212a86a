import { z } from 'zod';

export interface AppInfo {
  version: string;
  transport: 'electron' | 'host' | 'direct';
  libraryDir: string;
}

export const appContract = {
  'app.info': { input: z.object({}).strict() },
} as const;

export interface AppOutputs {
  'app.info': AppInfo;
}
