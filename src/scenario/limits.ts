/**
 * Hard limits of the scenario format. They keep untrusted input (a shared link,
 * a file) from hanging the tab: anything beyond them is rejected with a message,
 * before any per-node work is done.
 */
export const LIMITS = {
  maxNodes: 500,
  maxEdges: 5000,
  /** 7 days of simulated time. */
  maxDurationMs: 7 * 24 * 60 * 60 * 1000,
  minWindowMs: 10,
  /** durationMs / windowMs may not exceed this. */
  maxWindows: 1_000_000,
  maxWorkers: 10_000,
  maxUsers: 100_000,
  maxRatePerSec: 1_000_000,
  maxKeyCount: 1_000_000_000,
  maxIdLength: 64,
  maxNameLength: 200,
  maxLabelLength: 200,
  maxDescriptionLength: 10_000,
  /** Largest JSON text (file or decompressed link) accepted, in characters. */
  maxTextLength: 5_000_000,
  /** Longest `#s=…` link accepted, in characters. */
  maxHashLength: 1_000_000,
  maxSeed: 0xffff_ffff,
  /** Timed faults in one scenario. */
  maxFaults: 1000,
  /** Service-level objectives in one scenario. */
  maxSlos: 50,
  /** Alert rules in one scenario (after binding the guide's rules to nodes). */
  maxRules: 1000,
  /** Actions of one rule. */
  maxRuleActions: 20,
  /** A rule's scale factor. */
  maxScaleFactor: 10,
  /** Chaos faults expected over a run (targets × run / (MTBF + MTTR)). */
  maxChaosFaults: 100_000,
  /** Rate changes of one `steps` arrival. */
  maxSteps: 1000,
  /** Keys per request. */
  maxBatchSize: 64,
  maxInstances: 1000,
  maxServiceWeight: 1_000_000,
  /** Virtual nodes per target (ring size = targets × this). */
  maxVirtualNodes: 1000,
  /** Largest Maglev table (a prime). */
  maxMaglevTableSize: 1_000_003,
  /** Health-check thresholds and retry counts. */
  maxThreshold: 100,
  maxRetries: 100,
  /** 2^28 cache entries. */
  maxCacheCapacity: 2 ** 28,
  /** Write-behind queue, producer batch and flush batch sizes. */
  maxBufferSize: 10_000_000,
  maxReplicas: 16,
  maxPartitions: 1024,
  /** Periodic timers (health checks, write-behind flushes) fire at most every millisecond. */
  minPeriodMs: 1,
} as const;

/** Node ids: 1–64 of these characters, so they are safe in paths, URLs and CSS selectors. */
export const NODE_ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
