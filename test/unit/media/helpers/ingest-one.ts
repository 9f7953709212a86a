// Runs one ingest in its own process and prints the outcome as JSON: lets a test run the pipeline
// as an unprivileged user, where a read-only folder really is read-only (root ignores chmod).

import { DatelineError } from '../../../../main/common/result.ts';
import { configureSharp } from '../../../../main/core/media/develop.ts';
import { ingestPhoto } from '../../../../main/core/media/ingest.ts';

const [articleDir, filePath] = process.argv.slice(2);
configureSharp(1);
try {
  const asset = await ingestPhoto({ articleDir, filePath });
  process.stdout.write(JSON.stringify({ ok: true, assetId: asset.assetId }));
} catch (err) {
  const e = err instanceof DatelineError ? { code: err.code, params: err.params } : { code: 'THROWN', params: { detail: String(err) } };
  process.stdout.write(JSON.stringify({ ok: false, ...e }));
}
