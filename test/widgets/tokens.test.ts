// Design tokens have one source of truth: every `var(--fh-…, fallback)` in a widget's styles uses
// the token table's default, and every other `--fh-` property is the widget's own, documented one.
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { FhStartForLifeOffer } from '@family-hubs/widgets';
import { FhElement, TOKEN_DEFAULTS } from '@family-hubs/widgets/kit';

/** Each widget, with the prefix of the custom properties it documents as its own (`@cssprop`). */
const WIDGETS: readonly { readonly name: string; readonly styles: CSSResultGroup; readonly ownPrefix: string }[] = [
  { name: 'fh-start-for-life-offer', styles: FhStartForLifeOffer.styles, ownPrefix: '--fh-offer-' },
  { name: 'the kit (host and shared styles)', styles: FhElement.styles, ownPrefix: '--fh-kit-none-' },
];

function cssText(styles: CSSResultGroup): string {
  if (Array.isArray(styles)) return styles.map((style: CSSResultGroup) => cssText(style)).join('\n');
  return 'cssText' in styles ? styles.cssText : '';
}

/** Every `var(--fh-name, fallback)` in `css`, nested ones included, with the fallback as written. */
export function fallbacks(css: string): { name: string; fallback: string | undefined }[] {
  const found: { name: string; fallback: string | undefined }[] = [];
  const pattern = /var\(\s*(--fh-[\w-]+)\s*(,)?/g;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    if (!match[2]) {
      found.push({ name: match[1]!, fallback: undefined });
      continue;
    }
    let depth = 1;
    let end = pattern.lastIndex;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')') depth--;
    }
    found.push({ name: match[1]!, fallback: css.slice(pattern.lastIndex, end - 1).trim() });
  }
  return found;
}

describe('design tokens', () => {
  it('reads nested fallbacks (the checker itself)', () => {
    expect(fallbacks('a{color:var(--fh-offer-accent, var(--fh-colour-brand, #1d70b8))}')).to.deep.equal([
      { name: '--fh-offer-accent', fallback: 'var(--fh-colour-brand, #1d70b8)' },
      { name: '--fh-colour-brand', fallback: '#1d70b8' },
    ]);
  });

  it('catches a fallback typed by hand that differs from the table (negative control)', () => {
    const wrong = fallbacks('p{padding:var(--fh-space-3, 0.75em)}').filter(({ name, fallback }) => TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS] !== fallback);
    expect(wrong).to.have.length(1);
  });

  for (const widget of WIDGETS) {
    it(`${widget.name}: every token fallback is the table's default`, () => {
      const mismatches = fallbacks(cssText(widget.styles))
        .filter(({ name }) => Object.hasOwn(TOKEN_DEFAULTS, name))
        .filter(({ name, fallback }) => fallback !== TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS])
        .map(({ name, fallback }) => `${name}: ${fallback ?? '(none)'} instead of ${TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS]}`);
      expect(mismatches).to.deep.equal([]);
    });

    it(`${widget.name}: every other --fh- property is its own`, () => {
      const strangers = fallbacks(cssText(widget.styles))
        .map(({ name }) => name)
        .filter((name) => !Object.hasOwn(TOKEN_DEFAULTS, name) && !name.startsWith(widget.ownPrefix));
      expect([...new Set(strangers)]).to.deep.equal([]);
    });
  }
});
