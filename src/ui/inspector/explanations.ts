/**
 * One paragraph per strategy, policy and mode the inspector offers: what it
 * does, when to use it, what it costs. Written for the app from the guide in
 * `seed/` (load balancing, sharding, caching, messaging, resilience), in English. Each
 * table is a `Record` over the format's own union, so a new strategy does not
 * compile until it is explained; `explanations.test.ts` checks the text.
 */
import type {
  Arrival,
  CallMode,
  EdgeCondition,
  EvictionPolicy,
  FallbackType,
  JitterKind,
  BreakerMode,
  KeyDistribution,
  LoadBalancerStrategy,
  ShardStrategy,
  WritePolicy,
} from './formatTypes.ts';

export const LOAD_BALANCER_EXPLANATIONS: Readonly<Record<LoadBalancerStrategy, string>> = {
  'round-robin':
    'Sends each call to the next target in turn, so every target gets the same number of calls. Simple, cheap and fair when the targets are identical and the work is stateless (a plain web tier or API gateway). It ignores how busy or how strong each target is: a slow or smaller server gets as many calls as the rest and its queue grows, and it has no session affinity.',
  'weighted-round-robin':
    'Round robin in proportion to each target’s weight (the smooth variant: a target of weight 3 gets three of every four calls against one of weight 1, interleaved rather than in bursts). Use it when targets differ in capacity, e.g. a mix of large and small instances, and set each service’s weight to its relative capacity. Weights are static here: if a target slows down, its share does not change.',
  'least-connections':
    'Sends each call to the target with the fewest calls in flight. It adapts to uneven or slow targets without configuration, because a busy target holds its connections longer and is chosen less. It needs an accurate count of open calls at the balancer; with many balancers each sees only its own connections.',
  random:
    'Picks a target uniformly at random for every call. No state at all, and over many calls the shares even out, but at any moment some targets get bursts while others idle, so queues and tail latency are worse than round robin at the same load.',
  'power-of-two-choices':
    'Picks two targets at random and sends the call to the one with fewer calls in flight. Nearly as good as least-connections at spreading load, yet it needs no global view and does not stampede the single least-loaded target when many balancers decide at once. A strong default for large fleets.',
  'least-response-time':
    'Sends each call to the target with the lowest expected latency, estimated with a peak-sensitive moving average (peak EWMA) of recent response times times the calls in flight. It steers away from a slow or degraded target within a few calls. The decay time trades reaction speed against noise: short decays chase random blips, long ones react late.',
  'key-hash':
    'Sends every call with the same key to the same target: hash of the key modulo the number of targets. Gives cache and session affinity cheaply. Its cost shows when a target is added or removed: almost every key (about N/(N+1)) moves to a different target, so caches behind it go cold at once.',
  'consistent-hash':
    'Places each target at many points (virtual nodes, 150 by default as in the guide) on a hash ring; a key goes to the next point clockwise. Keeps key affinity like key-hash, but adding or removing one target moves only about 1/(N+1) of the keys. More virtual nodes spread the load more evenly (spread ≈ 1/√V) at the cost of a bigger ring.',
  maglev:
    'Google’s Maglev hashing: builds a lookup table (a prime size, 65537 by default) that every balancer computes identically, giving each key a target with near-perfect balance and O(1) lookups. When a target leaves, few keys move. Use it for key affinity across many stateless balancers; the table must be rebuilt when the target set changes.',
};

export const SHARD_EXPLANATIONS: Readonly<Record<ShardStrategy, string>> = {
  range:
    'Splits the key space into contiguous ranges, one per shard (by the boundaries you give, or evenly). Range queries stay on one shard and data keeps its locality, and it is easy to reason about. But hot or growing ranges become hot spots (new user ids all land on the last shard), the load can be badly unbalanced, and re-sharding means moving whole ranges.',
  'hash-mod':
    'Shard = hash(key) mod number of shards. Spreads keys evenly whatever their pattern, which removes range hot spots. Range queries must visit every shard, and changing the number of shards moves nearly every key (about N/(N+1)), which makes growing the cluster expensive.',
  'consistent-hash':
    'Places every shard at many points on a hash ring (virtual nodes, 150 by default as in the guide); a key belongs to the next point clockwise. Adding or removing one shard moves only about 1/(N+1) of the keys, and virtual nodes keep the shares even. The usual choice for caches and key-value stores that grow and shrink.',
  jump: 'Jump consistent hash: a tiny, memory-free function that maps a key to one of N shards with perfectly even shares and moves only 1/(N+1) of keys when a shard is added. Shards must be numbered 0…N−1 and can only be added or removed at the end, so it suits storage shards rather than servers that fail at random.',
  rendezvous:
    'Highest random weight: every key scores every shard with a hash and goes to the highest score. Even shares and minimal movement like consistent hashing, with no ring to keep; the cost is computing one hash per shard for every key, which is fine for tens of shards and slow for thousands.',
};

export const EVICTION_EXPLANATIONS: Readonly<Record<EvictionPolicy, string>> = {
  lru: 'Least recently used: when the cache is full, evict the entry read or written longest ago. Works well for most workloads where recent keys are read again soon (and is what Redis approximates). A single scan over many cold keys can flush the hot ones out.',
  lfu: 'Least frequently used: evict the entry with the fewest hits. Protects a stable set of hot keys (a Zipf workload) against scans and one-off reads, so the hit ratio is often higher than LRU. Slow to adapt when popularity shifts: yesterday’s hot keys keep their counts.',
  fifo: 'First in, first out: evict the entry that was inserted first, whatever its use. Cheapest bookkeeping, but it throws away hot keys as readily as cold ones, so the hit ratio is lower than LRU or LFU under skewed workloads.',
  random:
    'Evict a random entry. No bookkeeping at all and surprisingly close to LRU when the cache is large relative to the working set; worse when the cache is small and the workload skewed.',
};

export const WRITE_POLICY_EXPLANATIONS: Readonly<Record<WritePolicy, string>> = {
  'cache-aside':
    'The application reads the cache first; on a miss it reads the database and puts the result in the cache (with a TTL). A write goes to the database and invalidates the cached entry. The most common pattern: only read data is cached, and a cache failure just means more load on the database. Between a write and the next miss, readers can see stale data if invalidation lags.',
  'write-through':
    'Every write goes to the database and then updates the cache before it is acknowledged. Cached data is always fresh, at the price of write latency (two writes per write) and of caching data that may never be read.',
  'write-behind':
    'Writes update the cache and are acknowledged at once; a background queue flushes them to the database in batches. Writes are fast and the database sees fewer, larger writes. But data still in the queue is lost if the cache crashes, a full queue rejects writes, and failed flushes are retried and then dropped: watch the queue depth and the lost writes.',
};

export const CALL_MODE_EXPLANATIONS: Readonly<Record<CallMode, string>> = {
  sequential:
    'The service calls its downstream nodes one after another for each request: the latency adds up (cache, then database, then the next service). Simple and what most request handlers do.',
  parallel:
    'The service calls all its downstream nodes at once and answers when the slowest has answered (fan-out, as in the guide’s timeline example). Latency is the maximum rather than the sum, but the tail of the slowest dependency becomes the tail of every request.',
};

export const KEY_DISTRIBUTION_EXPLANATIONS: Readonly<Record<KeyDistribution, string>> = {
  uniform:
    'Every key is equally likely. The kindest case for sharding and the hardest for caching: a cache holding 10 % of the keys hits about 10 % of the time.',
  zipf: 'A few keys get most of the requests: the k-th most popular key is requested in proportion to 1/k^s (s = 0.99 is typical of web traffic). Caches work well (a small cache catches the head), while the shard or target that owns the hottest keys gets more than its share.',
  'hot-key':
    'A fixed share of all requests goes to a handful of hot keys (a celebrity post, a flash-sale product), the rest is spread evenly. Shows how one hot key overloads one shard however the keys are hashed.',
};

export const ARRIVAL_EXPLANATIONS: Readonly<Record<Arrival['type'], string>> = {
  poisson:
    'Open loop: independent requests at an average rate, with random (exponential) gaps — the usual model of many independent users. Bursts happen by chance, which is why queues form below 100 % utilization.',
  constant:
    'Open loop with evenly spaced requests. No bursts at all, so queues stay short until the load reaches capacity; useful to compare against Poisson and see how much of the waiting is caused by randomness.',
  steps:
    'A Poisson rate that changes in steps at the times you give (the first step at 0). Use it for a daily pattern or to step the load up and find the knee of the latency curve.',
  ramp: 'A Poisson rate that climbs (or falls) linearly from one rate to another over a time window. Shows how the system behaves as it approaches and passes saturation, and how autoscaling or queues react to a gradual rise.',
  spike:
    'A steady Poisson rate with one burst at a higher rate for a while (a traffic spike, a flash sale). Watch queues, timeouts and retries during the spike and how long the system takes to recover after it.',
  users:
    'Closed loop: a fixed number of users each send a request, wait for the answer, think, and send again. The load falls when the system slows down, so latency grows but throughput is capped by the number of users — how load tests with virtual users behave.',
};

export const BREAKER_MODE_EXPLANATIONS: Readonly<Record<BreakerMode, string>> = {
  consecutive:
    'The guide’s breaker: after a number of failures in a row it opens and every call fails at once; after the open period it lets trial calls through (half-open) and closes after enough successes, or opens again on a failure. Simple and quick to trip on a dead dependency, blind to a partial failure rate.',
  'sliding-window':
    'resilience4j’s breaker: it opens when the failure rate (or the share of slow calls) over the last N calls reaches a threshold, once enough calls were seen. Catches a dependency that fails 60 % of the time, which never produces a long run of consecutive failures.',
};

export const JITTER_EXPLANATIONS: Readonly<Record<JitterKind, string>> = {
  none: 'Every client waits exactly base × multiplier^(n−1) (capped) before retry n. Simple, but clients that failed together retry together: the retries arrive as synchronized waves that can knock an overloaded service down again.',
  full: 'Waits a uniformly random time between 0 and the exponential delay. Spreads retries the most and, in Brooker’s measurements, does the least total work — the usual recommendation, and the default here as in the guide.',
  equal:
    'Waits half the exponential delay plus a random part of the other half: never retries too early, still spreads the retries. A middle ground when an immediate retry is known to be useless.',
  decorrelated:
    'Each wait is random between the base and three times the previous wait (capped): delays grow without a fixed schedule, so clients drift apart. Close to full jitter in practice, with fewer very short waits.',
};

export const EDGE_CONDITION_EXPLANATIONS: Readonly<Record<EdgeCondition, string>> = {
  always:
    'Every request the service handles takes this edge, reads and writes alike. The default, and the right choice for a dependency every request needs (an auth check, a downstream API).',
  reads:
    'Only reads take this edge, e.g. a service that reads through a cache but sends writes to the database directly. Lets you model read/write splitting: the read share of the client’s workload decides how much traffic goes this way.',
  writes:
    'Only writes take this edge, e.g. writes published to a queue or sent straight to the primary while reads go to a cache or a replica. The write share of the workload decides the load on this path.',
};

export const FALLBACK_EXPLANATIONS: Readonly<Record<FallbackType, string>> = {
  error:
    'No fallback: when a call has finally failed (retries spent, breaker open, bulkhead full, rate-limited, timed out) the failure goes back to the caller as it is. Nothing pretends to have worked and the error rate shows the real damage. Right when a made-up answer is worse than none, e.g. a balance or a stock count.',
  default:
    'Answers a failed call at once with a default value (an empty recommendation list, a placeholder, “try again later”): the request succeeds, degraded. The user gets a quick answer and the failure stops here instead of climbing up the call chain with every worker it holds. The cost is that the answer is not the real one: watch goodput (completed − degraded), not only throughput, or a long outage hides behind the defaults.',
  stale:
    'Answers a failed read with the last good answer for the same key, kept at the caller (an LRU of a set number of keys, optionally no older than a maximum age), as a cache-aside reader that keeps serving its copy while the database is down. Good for data that changes slowly, and hot keys are the likeliest to have a copy. A key never read, evicted or too old has no copy and the failure goes through; a write is never answered from a copy. Readers may see out-of-date data: that is the trade.',
  pending:
    'The guide’s payment fallback: while the payment service fails, the breaker’s fallback returns “accepted, pending” at once (PaymentResult.pending) and the payment is processed asynchronously later, so orders are still taken. Here each pending call is sent again after a delay (30 s by default, the guide’s batch job) and up to a few times until it succeeds (reconciled) or is given up. The caller must live with the result arriving later, and with some “accepted” calls finally failing.',
};

/** The rate limit, as its presence switch explains it. */
export const RATE_LIMIT_HELP =
  'A token bucket on the caller’s side: each attempt, retries too, takes a token, and a call that finds none fails at once (rejected-rate-limit) without reaching the callee. It caps what this caller sends to a fragile or paid dependency; too low a rate refuses calls the callee could have served.';
