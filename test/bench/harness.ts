// Shared shape of a benchmark module (test/bench/*.bench.ts): it returns figures keyed as the
// issues name them (e.g. `library.list_10k_ms`), with the goal each is held to, if any.

export interface Figure {
  value: number;
  /** e.g. '<= 500' or '>= 4'; shown next to the value, never asserted. */
  goal?: string;
}

export interface BenchContext {
  /** A fresh temporary folder for this benchmark. */
  tmpDir: string;
  log: (msg: string) => void;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<Record<string, Figure>>;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
