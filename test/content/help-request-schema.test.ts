/**
 * The help request schema: what a family can send, and the machine-readable errors (path +
 * code) the widget turns into GOV.UK messages and the receiver returns with a 422.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HELP_REQUEST_LIMITS, spamSignals, validateHelpRequest, type HelpRequest } from '@family-hubs/content/requests';

const contactRequest = (overrides: Partial<HelpRequest> = {}): Record<string, unknown> => ({
  version: 1,
  route: 'contact',
  topics: ['parentingSupport'],
  contact: { name: 'Sam', phone: '07700 900123' },
  honeypot: '',
  elapsedMs: 40_000,
  ...overrides,
});

const errorsOf = (input: unknown, topicIds?: string[]) => {
  const result = validateHelpRequest(input, topicIds ? { topicIds } : {});
  assert.equal(result.ok, false, 'expected field errors');
  return result.ok ? [] : result.errors;
};

describe('help request schema', () => {
  it('accepts a first name and one way to contact, with everything else left out', () => {
    const result = validateHelpRequest(contactRequest());
    assert.equal(result.ok, true);
  });

  it('accepts every optional answer the form asks', () => {
    const full = contactRequest({
      somethingElse: 'Sleep, mostly',
      forWhom: { pregnant: true, childAges: [0, 3, 17] },
      contact: { name: 'Sam', phone: '+44 7700 900123', text: '07700900123', email: 'sam@example.org', post: '1 High Street\nTown' },
      safety: { safeToCall: true, safeToLeaveVoicemail: false, acceptsWithheldNumbers: false, safeToText: true, safeToEmail: false, safeToPost: false, safeTimes: 'Weekday mornings' },
      access: { language: 'Polski', interpreter: true, britishSignLanguage: false, easyRead: true },
      context: { serviceId: 'svc-42', courseId: 'course_7' },
    });
    const result = validateHelpRequest(full);
    assert.ok(result.ok, JSON.stringify(result));
  });

  it('trims the name and refuses one made of spaces', () => {
    const ok = validateHelpRequest(contactRequest({ contact: { name: '  Sam ', phone: '07700 900123' } }));
    assert.ok(ok.ok);
    assert.equal(ok.request.contact?.name, 'Sam');
    assert.deepEqual(errorsOf(contactRequest({ contact: { name: '   ', phone: '07700 900123' } })), [{ path: 'contact.name', code: 'required' }]);
  });

  it('needs at least one way to contact on the contact route', () => {
    assert.deepEqual(errorsOf(contactRequest({ contact: { name: 'Sam' } })), [{ path: 'contact', code: 'contact_method_required' }]);
    const { contact: _dropped, ...withoutContact } = contactRequest();
    assert.deepEqual(errorsOf(withoutContact), [{ path: 'contact', code: 'required' }]);
  });

  it('the information route is anonymous: no contact details, no safe-contact answers', () => {
    const { contact: _dropped, ...anonymous } = contactRequest({ route: 'information' });
    assert.equal(validateHelpRequest(anonymous).ok, true);
    assert.deepEqual(errorsOf({ ...anonymous, contact: { name: 'Sam', phone: '07700 900123' } }), [{ path: 'contact', code: 'not_allowed' }]);
    assert.deepEqual(errorsOf({ ...anonymous, safety: { safeToCall: true } }), [{ path: 'safety', code: 'not_allowed' }]);
  });

  it('needs a topic or "something else", and only the topics this form offers', () => {
    assert.deepEqual(errorsOf(contactRequest({ topics: [] })), [{ path: 'topics', code: 'topic_required' }]);
    assert.equal(validateHelpRequest(contactRequest({ topics: [], somethingElse: 'Money worries' })).ok, true);
    assert.deepEqual(errorsOf(contactRequest({ topics: ['parentingSupport', 'madeUp'] }), ['parentingSupport']), [{ path: 'topics.1', code: 'unknown_topic' }]);
    assert.deepEqual(errorsOf(contactRequest({ topics: ['a', 'a'] })), [{ path: 'topics', code: 'duplicate' }]);
  });

  it('limits free text, and says which limit', () => {
    const long = 'x'.repeat(HELP_REQUEST_LIMITS.somethingElse + 1);
    assert.deepEqual(errorsOf(contactRequest({ somethingElse: long })), [{ path: 'somethingElse', code: 'too_long' }]);
    assert.equal(validateHelpRequest(contactRequest({ somethingElse: long.slice(1) })).ok, true);
    const tooMany = Array.from({ length: HELP_REQUEST_LIMITS.topics + 1 }, (_, i) => `t${i}`);
    assert.deepEqual(errorsOf(contactRequest({ topics: tooMany })), [{ path: 'topics', code: 'too_many' }]);
  });

  it('checks phone numbers and emails', () => {
    for (const phone of ['123', 'call me', '0770090012345678']) {
      assert.deepEqual(errorsOf(contactRequest({ contact: { name: 'Sam', phone } })), [{ path: 'contact.phone', code: 'invalid_format' }], phone);
    }
    assert.deepEqual(errorsOf(contactRequest({ contact: { name: 'Sam', email: 'sam-at-example' } })), [{ path: 'contact.email', code: 'invalid_format' }]);
  });

  it('refuses fields nobody asked for, naming each one', () => {
    assert.deepEqual(errorsOf({ ...contactRequest(), dateOfBirth: '1990-01-01' }), [{ path: 'dateOfBirth', code: 'unexpected_field' }]);
    assert.deepEqual(errorsOf(contactRequest({ contact: { name: 'Sam', phone: '07700 900123', surname: 'Smith' } as never })), [{ path: 'contact.surname', code: 'unexpected_field' }]);
  });

  it('context carries ids only, never free text that could hold personal data', () => {
    assert.deepEqual(errorsOf(contactRequest({ context: { serviceId: 'Sam Smith 07700 900123' } })), [{ path: 'context.serviceId', code: 'invalid_format' }]);
  });

  it('names every missing required field at once, as codes rather than English', () => {
    assert.deepEqual(errorsOf({}), [
      { path: 'version', code: 'required' },
      { path: 'route', code: 'required' },
      { path: 'topics', code: 'required' },
      { path: 'honeypot', code: 'required' },
      { path: 'elapsedMs', code: 'required' },
    ]);
    assert.deepEqual(errorsOf(null), [{ path: '', code: 'invalid_type' }]);
    assert.deepEqual(errorsOf({ ...contactRequest(), forWhom: { childAges: [26] } }), [{ path: 'forWhom.childAges.0', code: 'too_big' }]);
  });

  it('spam signals: a filled honeypot and a form answered too fast', () => {
    const ok = validateHelpRequest(contactRequest({ honeypot: 'http://spam.example', elapsedMs: 800 }));
    assert.ok(ok.ok, 'suspected spam is still a valid request (it is quarantined, not refused)');
    assert.deepEqual(spamSignals(ok.request), ['honeypot', 'too_fast']);
    const human = validateHelpRequest(contactRequest());
    assert.ok(human.ok);
    assert.deepEqual(spamSignals(human.request), []);
    assert.deepEqual(spamSignals(human.request, 60_000), ['too_fast']);
  });
});

describe('help request schema: wrong types', () => {
  it('tells a wrong type from a missing field', () => {
    assert.deepEqual(errorsOf({ ...contactRequest(), topics: 'parentingSupport', elapsedMs: '5' }), [
      { path: 'topics', code: 'invalid_type' },
      { path: 'elapsedMs', code: 'invalid_type' },
    ]);
  });
});
