import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkUrl, safeUrl } from '@family-hubs/content';

// Each of these has run script, loaded a document or left the site in some browser, or is an editor's mistake.
const REFUSED = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\u0000:alert(1)',
  '\u0001javascript:alert(1)',
  'jav\u200Bascript:alert(1)',
  '\uFEFFjavascript:alert(1)',
  'javascript&#58;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/uuid',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'intent://example#Intent;end',
  '//evil.example/path',
  '\\\\evil.example/path',
  '/\\evil.example',
  'https:/missing-slash.example',
  'https://',
  'https:// space.example',
  'http://exa mple.org',
  'x:y',
  '',
  '   ',
];

const ALLOWED = [
  'https://www.northshire.gov.uk/family-hubs',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/A?b=c#d',
  'mailto:familyhubs@northshire.gov.uk',
  'mailto:familyhubs@northshire.gov.uk?subject=Start for Life',
  'tel:01234 567890',
  'tel:+441234567890',
  '/start-for-life',
  './services',
  '../help',
  '?postcode=NS1',
  '#contact',
  'services/baby-massage',
];

describe('URL policy', () => {
  for (const url of REFUSED) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      assert.equal(checkUrl(url).ok, false);
      assert.equal(safeUrl(url), undefined);
    });
  }
  for (const url of ALLOWED) {
    it(`allows ${JSON.stringify(url)}`, () => {
      assert.equal(safeUrl(url), url.trim());
    });
  }
  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) assert.equal(checkUrl(value).ok, false);
  });
});
