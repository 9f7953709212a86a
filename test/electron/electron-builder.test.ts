// electron-builder.yml is checked against electron-builder's own JSON schema (app-builder-lib's
// scheme.json), and for what matters to Dateline: native code unpacked, fuses set, the Electron
// version the app was tested with.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
// js-yaml is what electron-builder itself reads its YAML with.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as Record<string, unknown>;
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<string, unknown> & {
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
  electronVersion: string;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (an unknown option or a wrong type is refused)', () => {
    expect(validate({ ...config, asarUnpakc: ['x'] })).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
  });

  it('unpacks sharp and every @img package from the asar', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']));
  });

  it('pins the installed Electron', () => {
    expect(config.electronVersion).toBe((require('electron/package.json') as { version: string }).version);
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the bundles, the renderer, the resources and package.json, and builds every installer', () => {
    expect(config).toMatchObject({ appId: expect.any(String), productName: 'Dateline' });
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/preload/**', 'dist/renderer/**', 'resources/**']),
    );
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the word list the spell checker reads (a production dependency), not the rest of its package', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['@vntk/dictionary']).toBe('1.0.0');
    const excluded = config.files.filter((f) => f.startsWith('!node_modules/@vntk/'));
    expect(excluded).toContain('!node_modules/@vntk/dictionary/data/dictionary.json');
    // Only named files are left out: no wildcard over the folder could take Viet74K.txt with it.
    for (const pattern of excluded) expect(pattern.includes('Viet74K') || /\*\*|\/\*\./.test(pattern), pattern).toBe(false);
  });
});
