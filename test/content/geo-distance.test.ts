// Miles between places, and the blurring of sensitive venues.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMiles, roundPosition } from '@family-hubs/content';

describe('distanceMiles', () => {
  it('measures known distances in miles', () => {
    // London (Charing Cross) to Manchester (Piccadilly): about 163 miles as the crow flies.
    const london = { lat: 51.5074, lon: -0.1278 };
    const manchester = { lat: 53.4808, lon: -2.2426 };
    assert.ok(Math.abs(distanceMiles(london, manchester) - 163) < 1.5, String(distanceMiles(london, manchester)));
    // One degree of latitude is about 69 miles.
    assert.ok(Math.abs(distanceMiles({ lat: 52, lon: -1 }, { lat: 53, lon: -1 }) - 69.09) < 0.1);
  });

  it('is zero for one place, the same both ways, and exact for short distances', () => {
    const a = { lat: 53.48, lon: -2.24 };
    const b = { lat: 53.49, lon: -2.25 };
    assert.equal(distanceMiles(a, a), 0);
    assert.equal(distanceMiles(a, b), distanceMiles(b, a));
    assert.ok(distanceMiles(a, b) > 0.7 && distanceMiles(a, b) < 0.9);
  });

  it('does not fail on antipodes', () => {
    assert.ok(Math.abs(distanceMiles({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) - Math.PI * 3958.7613) < 0.01);
  });
});

describe('roundPosition', () => {
  it('rounds to two decimals by default (about 1 km)', () => {
    assert.deepEqual(roundPosition({ lat: 53.48765, lon: -2.24321 }), { lat: 53.49, lon: -2.24 });
  });
  it('rounds to the places asked for, within 0 to 10', () => {
    assert.deepEqual(roundPosition({ lat: 53.48765, lon: -2.24321 }, 1), { lat: 53.5, lon: -2.2 });
    assert.deepEqual(roundPosition({ lat: 53.48765, lon: -2.24321 }, 0), { lat: 53, lon: -2 });
    assert.deepEqual(roundPosition({ lat: 53.48765, lon: -2.24321 }, -3), { lat: 53, lon: -2 });
  });
});
