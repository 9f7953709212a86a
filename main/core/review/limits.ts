// What a package may hold before it is refused unread. A news story has tens of photos; a
// camera original is at most a few tens of MB. The limits are checked on the central directory
// (declared sizes) and again while extracting (actual bytes), so a zip that lies is caught too.

export interface PackageLimits {
  /** The zip file itself. */
  maxPackageBytes: number;
  maxEntries: number;
  /** One photo original. */
  maxEntryBytes: number;
  /** manifest.json, manifest.sig, article.json, review.json. */
  maxJsonBytes: number;
  /** All entries uncompressed. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, for entries bigger than ratioFloorBytes (JPEGs barely compress). */
  maxRatio: number;
  ratioFloorBytes: number;
  /**
   * The refused packages kept in quarantine for inspection, all together: past it the oldest
   * copies go (their refusals stay recorded by name, size and hash), and a package larger than
   * it is recorded without a copy.
   */
  maxQuarantineBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackageLimits = {
  maxPackageBytes: 2048 * MiB,
  maxEntries: 1000,
  maxEntryBytes: 200 * MiB,
  maxJsonBytes: 32 * MiB,
  maxTotalBytes: 2048 * MiB,
  maxRatio: 100,
  ratioFloorBytes: MiB,
  maxQuarantineBytes: 1024 * MiB,
};

/** Refusals remembered (oldest forgotten first; a forgotten one is read again if still on the desk). */
export const MAX_REFUSALS = 10_000;
