// Postcodes as families type them: the parser's answer for each, and the messages it leads to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePostcode, POSTCODE_ERROR_MESSAGES } from '@family-hubs/content';

describe('parsePostcode', () => {
  // Expected: the normalised postcode, or the error kind.
  const cases: [input: string, expected: string][] = [
    ['SW1A 2AA', 'SW1A 2AA'],
    ['sw1a2aa', 'SW1A 2AA'],
    ['  sw1a   2aa ', 'SW1A 2AA'],
    ['NS14AB', 'NS1 4AB'],
    ['ns1 4ab', 'NS1 4AB'],
    ['M1 1AE', 'M1 1AE'],
    ['m11ae', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['GIR 0AA', 'GIR 0AA'],
    ['S W 1 A 2 A A', 'SW1A 2AA'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    ['hello', 'invalid'],
    ['SW1A', 'invalid'],
    ['SW1A 2A', 'invalid'],
    ['SW1A 2AAA', 'invalid'],
    ['NS1 ABC', 'invalid'],
    ['NS1 7CD', 'invalid'],
    ['QA1 1AA', 'invalid'],
    ['12345', 'invalid'],
    ['SW1A-2AA', 'invalid'],
    ['<script>', 'invalid'],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      const result = parsePostcode(input);
      if (expected === 'empty' || expected === 'invalid') assert.deepEqual(result, { ok: false, error: expected });
      else assert.deepEqual(result, { ok: true, kind: 'postcode', postcode: expected, outcode: expected.split(' ')[0] });
    });
  }

  it('reads an outcode alone only when asked to', () => {
    assert.deepEqual(parsePostcode('m27'), { ok: false, error: 'invalid' });
    assert.deepEqual(parsePostcode(' m27 ', { allowOutcode: true }), { ok: true, kind: 'outcode', postcode: 'M27', outcode: 'M27' });
    assert.deepEqual(parsePostcode('sw1a', { allowOutcode: true }), { ok: true, kind: 'outcode', postcode: 'SW1A', outcode: 'SW1A' });
    assert.deepEqual(parsePostcode('sw1a 2aa', { allowOutcode: true }), { ok: true, kind: 'postcode', postcode: 'SW1A 2AA', outcode: 'SW1A' });
    assert.deepEqual(parsePostcode('Q1', { allowOutcode: true }), { ok: false, error: 'invalid' });
  });

  it('gives the GOV.UK wording for each error', () => {
    assert.equal(POSTCODE_ERROR_MESSAGES.empty, 'Enter a postcode, like SW1A 2AA');
    assert.equal(POSTCODE_ERROR_MESSAGES.invalid, 'Enter a real postcode');
  });
});
