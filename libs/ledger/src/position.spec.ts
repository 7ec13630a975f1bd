import { earlierPosition, laterPosition, type GlobalPosition } from './position.js';

const at = (commit: bigint, sequence: bigint): GlobalPosition => ({ commit, sequence });

describe('positions in the global log', () => {
  it('given positions in several commits, when the earliest and the latest are taken, then the commit orders them before the sequence', () => {
    // Given
    const positions = [at(7n, 1n), at(5n, 9n), at(7n, 3n), at(6n, 0n)];

    // When
    const earliest = positions.reduce(earlierPosition);
    const latest = positions.reduce(laterPosition);

    // Then
    expect(earliest).toEqual(at(5n, 9n));
    expect(latest).toEqual(at(7n, 3n));
  });

  it('given two equal positions, when either is taken, then it is the first one', () => {
    // Given
    const first = at(4n, 2n);
    const second = at(4n, 2n);

    // Then
    expect(earlierPosition(first, second)).toBe(first);
    expect(laterPosition(first, second)).toBe(first);
  });
});
