import { describe, expect, it } from 'vitest';
import { launchKeys } from '../../src/upstream/questionnaire/index.ts';

// The answer tables decide which answers a launch needs; both the launch catalogue and the sandbox's 412
// read launchKeys, so its order is the order of the upstream 412's list.

describe('launchKeys', () => {
  it('gives the unconditional keys, then those whose country or variant condition holds', () => {
    expect(launchKeys('verification', ['GB'], {})).toEqual(['name', 'email', 'website']);
    expect(launchKeys('verification', ['US'], {})).toEqual(['name', 'email', 'website', 'phone']);
    expect(launchKeys('gb', ['FR'], {})).toEqual([]);
    expect(launchKeys('gb', ['GB'], {})).not.toContain('campaignLength');
    const us = launchKeys('us', ['US'], { taxIdCountry: 'US', ownershipType: 'PUBLIC' });
    expect(us.slice(-3)).toEqual(['addressState', 'stockExchange', 'stockSymbol']);
    expect(launchKeys('us', ['US'], { taxIdCountry: 'DE', ownershipType: 'PRIVATE' })).toEqual(
      us.slice(0, -3),
    );
  });
});
