import { describe, expect, it } from 'vitest';
import { median, quantile, seededRandom, shuffled } from '../../../scripts/stats.js';

describe('the benchmark statistics', () => {
  it('takes the median and the nearest-rank quantile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBe(100);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(20);
  });

  it('draws the same numbers in [0, 1) from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(new Set(draws).size).toBeGreaterThan(990);
    const zero = seededRandom(0);
    expect(new Set(Array.from({ length: 10 }, () => zero())).size).toBe(10);
  });

  it('shuffles the pages anew each draw: each page first, and after other pages, in many of them', () => {
    const pages = ['static', 'again', 'script tag', 'reserved', 'server', 'inline', 'peer'];
    const random = seededRandom();
    const orders = Array.from({ length: 40 }, () => shuffled(pages, random));
    for (const order of orders) expect([...order].sort()).toEqual([...pages].sort());
    expect(pages).toEqual(['static', 'again', 'script tag', 'reserved', 'server', 'inline', 'peer']);
    // In a fixed order "static" always follows "peer"; shuffled, it follows most of the others.
    const before = new Set(orders.map((order) => order[order.indexOf('static') - 1]).filter(Boolean));
    expect(before.size).toBeGreaterThanOrEqual(5);
    const first = new Set(orders.map((order) => order[0]));
    expect(first.size).toBeGreaterThanOrEqual(5);
  });
});
