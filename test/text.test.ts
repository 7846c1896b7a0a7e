import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/text.js';

describe('allMatches', () => {
  it('finds what matchAll finds, leftmost first', () => {
    const pattern = /\b(\w)(\w*)\b/g;
    const text = 'we have refunded it';
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]);
    expect(allMatches(pattern, text).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
    expect(expected).toHaveLength(4);
  });

  it('steps over empty matches instead of looping on them', () => {
    expect(allMatches(/x*/g, 'axxb').map((m) => [m.index, m[0]])).toEqual([
      [0, ''],
      [1, 'xx'],
      [3, ''],
      [4, ''],
    ]);
  });

  it('leaves the pattern ready for the next caller', () => {
    const pattern = /a/g;
    allMatches(pattern, 'aaa');
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, 'ba').map((m) => m.index)).toEqual([1]);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });
});
