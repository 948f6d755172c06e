import { expect } from '@open-wc/testing';
import { markdownToText, parseInline, parseMarkdown, safeHref, type Block, type Inline } from '../../src/core/markdown.ts';

const t = (text: string): Inline => ({ type: 'text', text });

describe('core/markdown', () => {
  describe('inline', () => {
    const cases: [string, Inline[]][] = [
      ['plain', [t('plain')]],
      ['a **bold** word', [t('a '), { type: 'strong', children: [t('bold')] }, t(' word')]],
      ['an *italic* word', [t('an '), { type: 'em', children: [t('italic')] }, t(' word')]],
      ['_also_ italic', [{ type: 'em', children: [t('also')] }, t(' italic')]],
      ['**bold *and italic* too**', [{ type: 'strong', children: [t('bold '), { type: 'em', children: [t('and italic')] }, t(' too')] }]],
      ['[site](https://example.org/a)', [{ type: 'link', href: 'https://example.org/a', children: [t('site')] }]],
      ['[mail](mailto:a@b.fr)', [{ type: 'link', href: 'mailto:a@b.fr', children: [t('mail')] }]],
      ['[bad](javascript:alert(1))', [t('bad'), t(')')]],
      ['[relative](/page)', [t('relative')]],
      ['<b>html</b> stays text', [t('<b>html</b> stays text')]],
      ['2 * 3 * 4', [t('2 * 3 * 4')]],
      ['**unclosed', [t('**unclosed')]],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(parseInline(text)).to.deep.equal(expected));
  });

  describe('blocks', () => {
    const cases: [string, Block[]][] = [
      ['one\ntwo\n\nthree', [
        { type: 'paragraph', children: [t('one two')] },
        { type: 'paragraph', children: [t('three')] },
      ]],
      ['Intro :\n- un\n- **deux**\n\nFin', [
        { type: 'paragraph', children: [t('Intro :')] },
        { type: 'list', ordered: false, items: [[t('un')], [{ type: 'strong', children: [t('deux')] }]] },
        { type: 'paragraph', children: [t('Fin')] },
      ]],
      ['1. a\n2. b\n   suite', [{ type: 'list', ordered: true, items: [[t('a')], [t('b suite')]] }]],
      ['\r\n\r\n', []],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(parseMarkdown(text)).to.deep.equal(expected));
  });

  describe('as plain text', () => {
    const cases: [string, string][] = [
      ['Le **bilan** du *programme*\nsur deux lignes', 'Le bilan du programme sur deux lignes'],
      ['Voir [le site](https://example.org/a).', 'Voir le site (https://example.org/a).'],
      ['[https://example.org](https://example.org) et [a@b.fr](mailto:a@b.fr)', 'https://example.org et a@b.fr'],
      ['[relative](/page) et [bad](data:x)', 'relative et bad'],
      ['Intro :\n* un\n+ deux\n\n1. a\n2) b\n\nFin', 'Intro :\n\n- un\n- deux\n\n1. a\n2. b\n\nFin'],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(markdownToText(text)).to.equal(expected));
  });

  it('keeps only http, https and mailto links', () => {
    expect(safeHref('https://a.fr')).to.equal('https://a.fr/');
    expect(safeHref('http://a.fr/x')).to.equal('http://a.fr/x');
    expect(safeHref('data:text/html,x')).to.equal(null);
    expect(safeHref('nope')).to.equal(null);
  });
});
