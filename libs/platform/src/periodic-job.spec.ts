import { PeriodicJob } from './periodic-job.js';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('a periodic job', () => {
  it('never overlaps a run still under way with the next one', async () => {
    let running = 0;
    let overlapping = 0;
    let runs = 0;
    const job = new PeriodicJob('overlap probe', 5, async () => {
      running += 1;
      overlapping = Math.max(overlapping, running);
      await pause(30);
      running -= 1;
      runs += 1;
    });
    job.start();
    while (runs < 2) await pause(5);
    await job.stop();
    expect(overlapping).toBe(1);
  });

  it('waits on stop for the run under way to end', async () => {
    let started = false;
    let finished = false;
    const job = new PeriodicJob('stop probe', 5, async () => {
      started = true;
      await pause(40);
      finished = true;
    });
    job.start();
    while (!started) await pause(1);
    await job.stop();
    expect(finished).toBe(true);
  });

  it('keeps running after a failed run', async () => {
    let calls = 0;
    const job = new PeriodicJob('failure probe', 5, async () => {
      calls += 1;
      if (calls === 1) throw new Error('the first run fails');
    });
    job.start();
    while (calls < 2) await pause(5);
    await job.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('never starts with an interval of 0', async () => {
    let calls = 0;
    const job = new PeriodicJob('disabled probe', 0, async () => {
      calls += 1;
    });
    job.start();
    await pause(30);
    await job.stop();
    expect(calls).toBe(0);
  });
});
