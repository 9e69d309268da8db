/**
 * Main-thread tasks by CPU time, from a Chromium trace (`toplevel` category,
 * CDP `Tracing`). A long task measured by the wall clock includes the time
 * the renderer waited for a core; on a shared machine that swamps the
 * measurement. A task's thread time (`tdur`) does not: it says how much work
 * the page itself put in one task, whatever else the machine is doing.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

export interface CpuTasks {
  /** Main-thread tasks whose own CPU time exceeded 50 ms. */
  over50: number;
  /** The largest CPU time of one task, ms. */
  maxCpuMs: number;
  /** Tasks seen on the page's main thread. */
  tasks: number;
  /** Tasks with over 16 ms and over 33 ms of CPU time (one and two frames at 60 fps). */
  over16: number;
  over33: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Start tracing the page; the returned function stops and summarizes. */
export async function traceCpuTasks(page: Page): Promise<() => Promise<CpuTasks>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    return summarize(events);
  };
}

function summarize(events: readonly TraceEvent[]): CpuTasks {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), (e.tdur ?? 0) / 1000]);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (process.env['UI_TRACE_DUMP'] === '1')
    writeFileSync('.reports/ui-trace.json', JSON.stringify(events)); // for attribution by src_func
  return {
    over50: busiest.filter((ms) => ms > 50).length,
    over16: busiest.filter((ms) => ms > 16).length,
    over33: busiest.filter((ms) => ms > 33).length,
    maxCpuMs: Math.max(0, ...busiest),
    tasks: busiest.length,
  };
}
