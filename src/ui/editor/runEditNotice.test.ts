import { describe, expect, it } from 'vitest';
import type { RunPhase } from '../../state/runStore.ts';
import { getRunEditNotice } from './runEditNotice.ts';

describe('the notice about editing during a run', () => {
  it('tells a running run from a paused one', () => {
    const running = getRunEditNotice('running');
    expect(running).toMatch(/^A run is in progress\./);
    expect(running).toContain('starts it again from 0 s');
    const paused = getRunEditNotice('paused');
    expect(paused).toMatch(/^The run is paused\./);
    expect(paused).not.toContain('in progress');
    expect(paused).toContain('Resume continues it');
    for (const text of [running, paused]) expect(text).toContain('right-click a node');
  });

  it('says nothing when no run is under way', () => {
    const idle: RunPhase[] = ['idle', 'loading', 'finished', 'error'];
    for (const s of idle) expect(getRunEditNotice(s)).toBeNull();
  });
});
