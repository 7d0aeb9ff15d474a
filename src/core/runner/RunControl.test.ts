import { describe, expect, it } from 'vitest';
import { RunControl } from './RunControl';

/** A clock the test moves by hand. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('RunControl', () => {
  it('counts running time from startClock, not from its creation, and leaves pauses out', () => {
    const c = clock();
    const control = new RunControl(false, c.now);
    c.advance(3000); // the run's module loads, its backend starts
    control.startClock();
    c.advance(1000);
    control.pause();
    c.advance(5000);
    control.resume();
    c.advance(500);
    expect(control.activeMs()).toBe(1500);
  });

  it('a run paused before its clock starts counts nothing until it resumes', () => {
    const c = clock();
    const control = new RunControl(true, c.now);
    c.advance(2000);
    control.startClock();
    c.advance(700);
    expect(control.activeMs()).toBe(0);
    control.resume();
    c.advance(300);
    expect(control.activeMs()).toBe(300);
  });

  it('keeps the latest edit per field, oldest field first, until taken', () => {
    const control = new RunControl();
    control.edit('lr', 0.1);
    control.edit('clip', 1);
    control.edit('lr', 0.2);
    expect(control.takeEdits()).toEqual([{ name: 'clip', value: 1 }, { name: 'lr', value: 0.2 }]);
    expect(control.takeEdits()).toEqual([]);
  });
});
