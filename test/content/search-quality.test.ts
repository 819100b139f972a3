// What a family types and what they should see first, over a realistic 40-service directory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '@family-hubs/content/search';
import { SERVICES } from './search-fixture.js';

const index = createSearchIndex(SERVICES);
const ids = (text: string, pageSize = 10) => index.searchNow({ text, pageSize }).hits.map((hit) => hit.id);
const first = (text: string) => ids(text)[0];

describe('service search: ranking', () => {
  const expectations: [query: string, expected: string][] = [
    ['health visitor', 'health-visiting'],
    ['health visiting', 'health-visiting'],
    ['breastfeeding', 'infant-feeding'],
    ['infant feeding', 'infant-feeding'],
    ['antenatal', 'antenatal-classes'],
    ['midwife', 'community-midwives'],
    ['autism', 'autism-support'],
    ['debt', 'debt-advice'],
    ['stop smoking', 'stop-smoking'],
    ['football', 'junior-football'],
    ['rhyme time', 'rhyme-time'],
    ['register a birth', 'register-birth'],
    ['dial a ride', 'dial-a-ride'],
    ['Polish', 'polish-family'],
    ['speech and language', 'speech-dropin'],
    ['baby massage', 'baby-massage'],
  ];
  for (const [query, expected] of expectations) {
    it(`"${query}" finds ${expected} first`, () => assert.equal(first(query), expected, ids(query).join(', ')));
  }

  it('finds services by their organisation', () => {
    assert.deepEqual(new Set(ids('Northshire Libraries')).has('rhyme-time'), true);
    assert.ok(ids('advice centre').slice(0, 2).every((id) => ['debt-advice', 'benefits-check'].includes(id)), ids('advice centre').join());
  });

  it('finds words that are only in the description', () => {
    assert.ok(ids('development reviews').includes('health-visiting'));
  });

  it('puts a name match above a description match', () => {
    const hits = ids('feeding');
    assert.ok(hits.indexOf('infant-feeding') < hits.indexOf('health-visiting'), hits.join());
    assert.ok(hits.indexOf('feeding-helpline') < hits.indexOf('health-visiting'), hits.join());
  });

  it('ignores case, accents and punctuation', () => {
    assert.equal(first('INFANT FEEDING CAFE'), 'infant-feeding');
    assert.equal(first('dads group'), 'dads-group');
    assert.equal(first('after school club'), 'after-school');
  });

  it('requires every word when some service has them all, and falls back to any word otherwise', () => {
    assert.deepEqual(ids('baby massage'), ['baby-massage']);
    const loose = index.searchNow({ text: 'massage xylophone' });
    assert.equal(loose.hits[0]?.id, 'baby-massage', 'the word that matches still finds it');
  });

  it('finds nothing, not everything, for words no service has', () => {
    assert.equal(index.searchNow({ text: 'xylophone zebra' }).total, 0);
  });
});

describe('service search: typos and typing', () => {
  const typos: [query: string, expected: string][] = [
    ['helth visting', 'health-visiting'],
    ['health vistor', 'health-visiting'],
    ['brestfeeding', 'infant-feeding'],
    ['breastfeding', 'infant-feeding'],
    ['antenatl', 'antenatal-classes'],
    ['autsim', 'autism-support'],
    ['footbal', 'junior-football'],
    ['chaterboxes', 'chatterboxes'],
    ['dentsit', 'tooth-brushing'],
  ];
  for (const [query, expected] of typos) {
    it(`"${query}" still finds ${expected}`, () => assert.ok(ids(query).slice(0, 3).includes(expected), ids(query).join(', ')));
  }

  it('matches the word being typed as a prefix, from its third letter', () => {
    assert.equal(first('antena'), 'antenatal-classes');
    assert.equal(first('health vis'), 'health-visiting');
    assert.ok(ids('chatt').includes('chatterboxes'));
    assert.ok(ids('swim').includes('family-swim'));
  });

  it('does not narrow on a word\'s first two letters, nor on single letters', () => {
    assert.equal(index.searchNow({ text: 'ch' }).total, SERVICES.length);
    assert.equal(index.searchNow({ text: 'a' }).total, SERVICES.length);
    assert.deepEqual(ids('baby massage ma'), ids('baby massage'));
  });

  it('treats a finished word (followed by a space) exactly, not as a prefix', () => {
    assert.ok(ids('swim').includes('family-swim'));
    assert.ok(!ids('swi ').includes('family-swim'));
  });

  it('does not forgive typos in short words', () => {
    assert.equal(index.searchNow({ text: 'gmy ' }).total, 0);
  });
});

describe('service search: family words (synonyms)', () => {
  const cases: [query: string, expected: readonly string[]][] = [
    ['nursery', ['playgroup']],
    ['childcare', ['playgroup', 'after-school', 'holiday-food']],
    ['baby group', ['stay-and-play', 'bumps-and-babies', 'baby-massage', 'dads-group']],
    ['speech', ['speech-dropin', 'chatterboxes']],
    ['breastfeeding', ['infant-feeding', 'feeding-helpline']],
    ['food bank', ['food-essentials', 'benefits-check']],
    ['dentist', ['tooth-brushing']],
    ['respite', ['short-breaks']],
    ['deaf', ['deaf-group']],
    ['postnatal depression', ['perinatal-wellbeing']],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" finds ${expected.join(', ')}`, () => {
      const found = ids(query, 20);
      for (const id of expected) assert.ok(found.includes(id), `${id} not in ${found.join(', ')}`);
    });
  }

  it('recognises a family word with a typo, or half typed', () => {
    assert.ok(ids('chilcare').includes('playgroup'), ids('chilcare').join());
    assert.ok(ids('childc').includes('after-school'), ids('childc').join());
  });

  it('combines a family word with other words (every clause must match)', () => {
    assert.deepEqual(ids('childcare holiday'), ['holiday-food']);
    assert.ok(ids('childcare school').includes('after-school'));
    assert.ok(!ids('childcare school').includes('healthy-families'), 'school alone is not enough');
  });

  it('uses the table it is given instead of the default one', () => {
    const none = createSearchIndex(SERVICES, { synonyms: [] });
    assert.ok(!none.searchNow({ text: 'nursery' }).hits.some((hit) => hit.id === 'playgroup'));
    const custom = createSearchIndex(SERVICES, { synonyms: [{ phrases: ['kickabout'], categories: ['Sports and recreation'] }] });
    assert.deepEqual(new Set(custom.searchNow({ text: 'kickabout' }).hits.map((h) => h.id)), new Set(['junior-football', 'family-swim']));
  });
});
