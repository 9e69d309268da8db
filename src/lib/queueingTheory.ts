/**
 * Closed-form results of queueing theory, used to check the engine and (later)
 * drawn as a theory overlay. Rates per second, times in ms.
 */

/** M/M/1 mean time in system: W = 1 / (μ − λ). */
export function mm1MeanSojournMs(arrivalPerSec: number, serviceMeanMs: number): number {
  const mu = 1000 / serviceMeanMs;
  return 1000 / (mu - arrivalPerSec);
}

/** M/M/1 sojourn-time quantile: the sojourn is Exp(μ − λ). */
export function mm1SojournQuantileMs(
  arrivalPerSec: number,
  serviceMeanMs: number,
  q: number,
): number {
  return -Math.log(1 - q) * mm1MeanSojournMs(arrivalPerSec, serviceMeanMs);
}

/** Erlang C: probability that an arrival waits in M/M/c with offered load a = λ/μ (requires a < c). */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1;
  let sum = 1; // k = 0
  for (let k = 1; k < servers; k++) {
    term *= offeredLoad / k;
    sum += term;
  }
  const last = ((term * offeredLoad) / servers) * (servers / (servers - offeredLoad));
  return last / (sum + last);
}

/** Erlang B: blocking probability of M/M/c/c with offered load a (stable recursion). */
export function erlangB(servers: number, offeredLoad: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/** M/M/c mean waiting time in queue, ms: Wq = C(c, a) / (cμ − λ). */
export function mmcMeanWaitMs(
  servers: number,
  arrivalPerSec: number,
  serviceMeanMs: number,
): number {
  const mu = 1000 / serviceMeanMs;
  const a = arrivalPerSec / mu;
  return (erlangC(servers, a) / (servers * mu - arrivalPerSec)) * 1000;
}

/** M/M/c mean time in system, ms. */
export function mmcMeanSojournMs(
  servers: number,
  arrivalPerSec: number,
  serviceMeanMs: number,
): number {
  return mmcMeanWaitMs(servers, arrivalPerSec, serviceMeanMs) + serviceMeanMs;
}

/**
 * M/G/1 mean waiting time by Pollaczek–Khinchine: Wq = λ E[S²] / (2 (1 − ρ)).
 * `serviceSecondMomentMs2` is E[S²] in ms².
 */
export function mg1MeanWaitMs(
  arrivalPerSec: number,
  serviceMeanMs: number,
  serviceSecondMomentMs2: number,
): number {
  const lambdaPerMs = arrivalPerSec / 1000;
  const rho = lambdaPerMs * serviceMeanMs;
  return (lambdaPerMs * serviceSecondMomentMs2) / (2 * (1 - rho));
}

/** Supermarket model (n → ∞): mean time in system with d choices, in units of mean service time. */
export function powerOfDChoicesMeanSojourn(load: number, d: number): number {
  if (d === 1) return 1 / (1 - load);
  let total = 0;
  for (let i = 1; i < 200; i++) {
    const exponent = (d ** i - d) / (d - 1);
    const term = load ** exponent;
    total += term;
    if (term < 1e-12) break;
  }
  return total;
}

/**
 * M/M/c probability that the sojourn (wait + service) exceeds `tMs`. The wait
 * is 0 with probability 1 − C (Erlang C) and Exp(cμ − λ) with probability C;
 * the service is an independent Exp(μ). Requires λ < cμ.
 */
export function mmcSojournSurvival(
  servers: number,
  arrivalPerSec: number,
  serviceMeanMs: number,
  tMs: number,
): number {
  if (tMs <= 0) return 1;
  const mu = 1 / serviceMeanMs; // per ms
  const theta = servers * mu - arrivalPerSec / 1000;
  const waitProb = erlangC(servers, (arrivalPerSec / 1000) * serviceMeanMs);
  const serviceOnly = Math.exp(-mu * tMs);
  // Exp(θ) + Exp(μ) (hypoexponential); θ = μ is the Erlang-2 limit.
  const waitAndService =
    Math.abs(theta - mu) < 1e-12 * mu
      ? (1 + mu * tMs) * serviceOnly
      : (theta * serviceOnly - mu * Math.exp(-theta * tMs)) / (theta - mu);
  return (1 - waitProb) * serviceOnly + waitProb * waitAndService;
}

/** M/M/c sojourn-time quantile `q` in ms, found by bisection on the survival function. */
export function mmcSojournQuantileMs(
  servers: number,
  arrivalPerSec: number,
  serviceMeanMs: number,
  q: number,
): number {
  const target = 1 - q;
  const survival = (t: number): number =>
    mmcSojournSurvival(servers, arrivalPerSec, serviceMeanMs, t);
  let hi = serviceMeanMs;
  while (survival(hi) > target) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (survival(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
