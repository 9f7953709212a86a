import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // The Electron glue is tested against a fake electron module (test/electron/fake-electron.ts):
    // the real binary cannot be downloaded on build machines, and the glue's rules are what we test.
    alias: { electron: fileURLToPath(new URL('./test/electron/fake-electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/electron/**/*.test.ts', 'test/security/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // electron-store imports `electron`; inlined so it gets the fake too (test/electron).
    server: { deps: { inline: ['electron-store'] } },
  },
});
