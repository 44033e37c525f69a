import { describe, expect, it } from 'vitest';
import { pathBounds } from './path-bounds';

describe('pathBounds: the box of relative path data as the map server writes it', () => {
  it('follows relative moves and lines, across rings (m after z is from the ring start)', () => {
    // Ring 1: (10,20) → (15,20) → (15,12); ring 2 starts at (10-3, 20+40) = (7,60) → (6.5,60.5).
    expect(pathBounds(['m10 20l5 0 0-8z', 'm5 5l1 1z', 'm10 20lz', 'm10 20z m-3 40l-.5.5z'])).toEqual({
      minX: 5,
      minY: 5,
      maxX: 15,
      maxY: 60.5,
    });
  });
  it('null for nothing readable', () => {
    expect(pathBounds([])).toBeNull();
    expect(pathBounds(['z'])).toBeNull();
  });
});
