import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { RichTextBlock, RichTextDocument, RichTextInline, RichTextMark, RichTextText } from '@family-hubs/content';
import { defineElement, FhElement, MAX_RICH_TEXT_DEPTH, renderRichText } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

/** A widget-like element: its own h2, then rich text under it, in a styled shadow root. */
class RichTextHost extends FhElement {
  static override css = [];
  @property({ attribute: false }) doc: RichTextDocument | undefined;
  override render(): TemplateResult {
    return litHtml`<h2 class="fh-heading-m">Start for Life</h2>${renderRichText(this.doc, { headingOffset: 2 })}`;
  }
}
defineElement('fh-test-rich-text', RichTextHost, 'test');
declare global {
  interface HTMLElementTagNameMap {
    'fh-test-rich-text': RichTextHost;
  }
}

const text = (value: string, marks: RichTextMark[] = []): RichTextText => ({ type: 'text', value, marks });
const paragraph = (...content: RichTextInline[]): RichTextBlock => ({ type: 'paragraph', content });
const link = (url: string, words: string): RichTextInline => ({ type: 'link', url, content: [text(words)] });
const doc = (...content: RichTextBlock[]): RichTextDocument => ({ type: 'document', content });
/** Hostile input that does not even match the types. */
const hostile = (value: unknown): RichTextDocument => value as RichTextDocument;

async function render(document: RichTextDocument | undefined, headingOffset?: number): Promise<HTMLElement> {
  return mount<HTMLDivElement>(html`<div>${renderRichText(document, headingOffset === undefined ? {} : { headingOffset })}</div>`);
}

describe('renderRichText', () => {
  it('renders paragraphs, lists, quotes, rules and marks as elements', async () => {
    const el = await render(
      doc(
        paragraph(text('Plain, '), text('bold', ['bold']), text(' and '), text('both', ['italic', 'bold', 'bold'])),
        { type: 'list', ordered: false, items: [[paragraph(text('One'))], [paragraph(text('Two'))]] },
        { type: 'list', ordered: true, items: [[paragraph(text('First'))]] },
        { type: 'quote', content: [paragraph(text('Quoted'))] },
        { type: 'rule' },
        paragraph(text('x'), text('2', ['superscript']), text(' H'), text('2', ['subscript']), text('O '), text('code', ['code']), text(' u', ['underline'])),
      ),
    );
    const root = el.querySelector('.fh-rich-text')!;
    expect(root).to.exist;
    expect(root.querySelectorAll(':scope > p')).to.have.length(2);
    expect(root.querySelector('p strong')!.textContent).to.equal('bold');
    // Marks nest in a fixed order and each applies once, whatever the input order or repetition.
    const both = root.querySelectorAll('p strong')[1]!;
    expect(both.querySelectorAll('strong')).to.have.length(0);
    expect(both.querySelector('em')!.textContent).to.equal('both');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent.trim())).to.deep.equal(['One', 'Two']);
    expect(root.querySelector('ol > li')!.textContent.trim()).to.equal('First');
    expect(root.querySelector('blockquote > p')!.textContent).to.equal('Quoted');
    expect(root.querySelector('hr')).to.exist;
    expect(root.querySelector('sup')!.textContent).to.equal('2');
    expect(root.querySelector('sub')!.textContent).to.equal('2');
    expect(root.querySelector('code')!.textContent).to.equal('code');
    expect(root.querySelector('u')!.textContent).to.equal(' u');
  });

  it('renders nothing for a missing document', async () => {
    const el = await render(undefined);
    expect(el.children).to.have.length(0);
    expect(el.textContent.trim()).to.equal('');
  });

  describe('headings', () => {
    const allLevels = doc(...([1, 2, 3, 4, 5, 6] as const).map((level): RichTextBlock => ({ type: 'heading', level, content: [text(`Level ${level}`)] })));
    const levels = (el: Element): string[] => [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName.toLowerCase());

    it('shifts levels by headingOffset and clamps them to h6', async () => {
      expect(levels(await render(allLevels, 2))).to.deep.equal(['h3', 'h4', 'h5', 'h6', 'h6', 'h6']);
    });

    it('defaults to an offset of 1 (a rich-text h1 becomes h2)', async () => {
      expect(levels(await render(allLevels))).to.deep.equal(['h2', 'h3', 'h4', 'h5', 'h6', 'h6']);
    });

    it('never renders h1, whatever the offset', async () => {
      expect(levels(await render(allLevels, -3))).to.deep.equal(['h2', 'h2', 'h2', 'h2', 'h2', 'h3']);
      expect(levels(await render(allLevels, Number.NaN))).to.deep.equal(['h2', 'h3', 'h4', 'h5', 'h6', 'h6']);
    });

    it('treats a bogus level as level 1 and leaves out empty headings', async () => {
      const el = await render(
        hostile({
          type: 'document',
          content: [
            { type: 'heading', level: 'x', content: [text('Bogus')] },
            { type: 'heading', level: 2, content: [text('   ')] },
            { type: 'heading', level: 2, content: [] },
          ],
        }),
        2,
      );
      expect(levels(el)).to.deep.equal(['h3']);
    });
  });

  describe('links', () => {
    it('keeps safe links; external ones get rel="noopener noreferrer" and never target', async () => {
      const el = await render(
        doc(
          paragraph(
            link('https://www.nhs.uk/start-for-life/', 'Start for Life on the NHS website'),
            link('/family-hubs/contact', 'Contact us'),
            link(`${location.origin}/same-origin`, 'Same site'),
            link('mailto:familyhubs@example.gov.uk', 'Email us'),
            link('tel:0808 2000 247', 'Call the helpline'),
          ),
        ),
      );
      const anchors = [...el.querySelectorAll('a')];
      expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.nhs.uk/start-for-life/',
        '/family-hubs/contact',
        `${location.origin}/same-origin`,
        'mailto:familyhubs@example.gov.uk',
        'tel:0808 2000 247',
      ]);
      expect(anchors.map((a) => a.getAttribute('rel'))).to.deep.equal(['noopener noreferrer', null, null, null, null]);
      expect(anchors.every((a) => !a.hasAttribute('target'))).to.equal(true);
    });

    const unsafe = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript&#58;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.example/path',
      '/\\evil.example',
      'blob:https://evil.example/uuid',
      'file:///etc/passwd',
      'java\u200Bscript:alert(1)',
    ];
    for (const url of unsafe) {
      it(`renders ${JSON.stringify(url)} as plain text`, async () => {
        const el = await render(doc(paragraph(text('Before '), link(url, 'click me'), text(' after'))));
        expect(el.querySelector('a'), 'no link').to.equal(null);
        expect(el.querySelector('p')!.textContent).to.equal('Before click me after');
      });
    }

    it('uses the address as the words of a safe link that has none', async () => {
      const el = await render(doc(paragraph({ type: 'link', url: 'https://www.gov.uk/', content: [] })));
      expect(el.querySelector('a')!.textContent).to.equal('https://www.gov.uk/');
    });

    it('drops a link with neither safe address nor words, and its empty paragraph', async () => {
      const el = await render(doc(paragraph({ type: 'link', url: 'javascript:alert(1)', content: [] })));
      expect(el.querySelector('p')).to.equal(null);
    });
  });

  describe('hostile text and structure', () => {
    it('renders markup in text values as text', async () => {
      const el = await render(
        doc(
          paragraph(text('<script>window.__pwned = true</script>')),
          paragraph(text('<img src=x onerror="window.__pwned = true">')),
          { type: 'heading', level: 1, content: [text('<iframe src="javascript:alert(1)"></iframe>')] },
        ),
      );
      expect(el.querySelector('script, img, iframe')).to.equal(null);
      expect(el.querySelectorAll('p')[0]!.textContent).to.equal('<script>window.__pwned = true</script>');
      expect(el.querySelectorAll('p')[1]!.textContent).to.equal('<img src=x onerror="window.__pwned = true">');
      expect(el.querySelector('h2')!.textContent).to.equal('<iframe src="javascript:alert(1)"></iframe>');
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('ignores unknown node types, non-array content and non-string values', async () => {
      const el = await render(
        hostile({
          type: 'document',
          content: [
            { type: 'embedded-entry-block', data: { target: 'x' } },
            { type: 'paragraph', content: 'not an array' },
            { type: 'paragraph', content: [{ type: 'text', value: 42, marks: 'bold' }, { type: 'text', value: 'kept', marks: ['bold', 'blink'] }, null, { type: 'hyperlink' }] },
            { type: 'list', ordered: 'yes', items: [null, 'x', [{ type: 'paragraph', content: [text('item')] }]] },
            null,
            'string',
            { type: 'quote', content: null },
          ],
        }),
      );
      expect(el.querySelectorAll('p')).to.have.length(2);
      expect(el.querySelector('p strong')!.textContent).to.equal('kept');
      expect(el.querySelector('ul')).to.exist;
      expect(el.querySelector('ul li:last-child')!.textContent.trim()).to.equal('item');
      expect(el.querySelector('blockquote')!.textContent.trim()).to.equal('');
    });

    it(`bounds nested lists at ${MAX_RICH_TEXT_DEPTH} levels and keeps the deeper words as a paragraph`, async () => {
      let block: RichTextBlock = paragraph(text('Deepest words'));
      for (let i = 0; i < 50; i += 1) block = { type: 'list', ordered: i % 2 === 0, items: [[paragraph(text(`level ${50 - i}`)), block]] };
      const el = await render(doc(block));
      let depth = 0;
      for (let list = el.querySelector('ul, ol'); list; list = list.querySelector('ul, ol')) depth += 1;
      expect(depth).to.equal(MAX_RICH_TEXT_DEPTH);
      expect(el.textContent).to.contain('level 1').and.contain('Deepest words');
    });

    it('survives a document nested thousands deep without exhausting the stack', async () => {
      let block: RichTextBlock = paragraph(text('bottom'));
      for (let i = 0; i < 20_000; i += 1) block = { type: 'quote', content: [block] };
      const el = await render(doc(block));
      expect(el.querySelectorAll('blockquote')).to.have.length(MAX_RICH_TEXT_DEPTH);
      expect(el.textContent).to.contain('bottom');
    });

    it('limits the text kept from an over-deep block', async () => {
      const long = 'a'.repeat(4_000);
      let block: RichTextBlock = paragraph(text(long), text(long), text(long));
      for (let i = 0; i < MAX_RICH_TEXT_DEPTH + 2; i += 1) block = { type: 'quote', content: [block] };
      const el = await render(doc(block));
      expect(el.textContent.length).to.be.below(9_000);
    });
  });

  describe('accessibility', () => {
    const sample = doc(
      { type: 'heading', level: 1, content: [text('Feeding your baby')] },
      paragraph(text('Ask your '), link('/family-hubs/health-visiting', 'health visitor'), text(' or read '), link('https://www.nhs.uk/start-for-life/', 'Start for Life')),
      { type: 'heading', level: 2, content: [text('Groups near you')] },
      { type: 'list', ordered: false, items: [[paragraph(text('Infant feeding cafe', ['bold']))], [paragraph(text('Stay and play'))]] },
      { type: 'quote', content: [paragraph(text('The group helped me feel less alone.'))] },
      { type: 'rule' },
      paragraph(text('Unsafe link: '), link('javascript:alert(1)', 'not a link')),
    );

    it('is accessible inside a widget shadow root, with headings under the widget heading', async () => {
      const el = await fixture<RichTextHost>(html`<fh-test-rich-text .doc=${sample}></fh-test-rich-text>`);
      const headings = [...el.shadowRoot!.querySelectorAll('h2, h3, h4')].map((h) => h.tagName.toLowerCase());
      expect(headings).to.deep.equal(['h2', 'h3', 'h4']);
      await expect(el).to.be.accessible();
    });

    it('is accessible in light DOM', async () => {
      const el = await render(sample, 1);
      await expect(el).to.be.accessible();
    });
  });
});
