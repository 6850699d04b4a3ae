import { test, expect } from '@playwright/test';
import { figure } from '../../scripts/bench/figures.ts';

/** Issue 14: `npm run bench` judges each figure against a floor measured in the same run (scripts/bench/figures.ts). */
test.describe('a benchmark figure against its floor', () => {
  const atMost = { max: 1.5, text: '≤ 1.5×' };

  test('a time within its goal of the floor meets it, one beyond does not', () => {
    expect(figure({ section: 's', name: 'within', value: 140, unit: 'ms', floor: { name: 'floor', value: 100 }, goal: atMost, repeats: 3 })).toMatchObject({ ratio: 1.4, met: true });
    expect(figure({ section: 's', name: 'beyond', value: 160, unit: 'ms', floor: { name: 'floor', value: 100 }, goal: atMost, repeats: 3 })).toMatchObject({ ratio: 1.6, met: false });
  });

  test('a rate must reach at least its share of the floor', () => {
    expect(figure({ section: 's', name: 'rate', value: 2000, unit: 'req/s', floor: { name: 'bare', value: 6000 }, goal: { min: 0.5, text: '≥ 0.5×' }, repeats: 3 })).toMatchObject({ met: false });
  });

  for (const floor of [0, -0.4, Number.NaN]) {
    test(`a floor of ${floor} (a growth lost in the noise) gives no ratio and does not meet the goal`, () => {
      const judged = figure({ section: 'growth', name: 'heap per world', value: 16, unit: 'KiB', floor: { name: 'up to 10×', value: floor }, goal: atMost, repeats: 1 });
      expect(judged.ratio).toBeUndefined();
      expect(judged.met).toBe(false);
      expect(judged.note).toContain('the floor is not above zero');
    });
  }

  test('a figure whose runs failed does not meet its goal, however quick', () => {
    const judged = figure({ section: 'upload', name: 'upload', value: 0.1, unit: 's', floor: { name: 'disk', value: 0.1 }, goal: { max: 2, text: '≤ 2×' }, repeats: 3, failures: 3 });
    expect(judged).toMatchObject({ ratio: 1, met: false });
    expect(judged.note).toContain('3 run(s) FAILED');
  });

  test('a figure without a floor is judged by its value', () => {
    expect(figure({ section: 'class', name: 'errors', value: 0, unit: '', goal: { max: 0, text: '0' }, repeats: 5 })).toMatchObject({ met: true });
    expect(figure({ section: 'class', name: 'errors', value: 1, unit: '', goal: { max: 0, text: '0' }, repeats: 5 })).toMatchObject({ met: false });
  });
});
