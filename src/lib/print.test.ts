import { describe, expect, test } from 'vitest';
import { oral5cWith } from './oral-5c.fixture';
import { cssString, pageRules, printedAddress, qrCodeSvg, sessionRunningHead, talkRunningHead } from './print';

const program = oral5cWith({ slug: 'troll', title: 'TROLL', authors: [{ name: 'Philipp Becker' }] });
const [session] = program.sessions;
const [talk] = session.talks;

describe('running heads', () => {
  test('name the conference, session, date, time in the venue’s zone, and room', () => {
    expect(talkRunningHead(talk, session, program.conference)).toBe(
      'ICLR 2026 · Oral Session 5C: Reinforcement learning II · Saturday, 25 April 2026, 10:42–10:52 (Rio de Janeiro, UTC−3), room 202 A/B',
    );
    expect(sessionRunningHead(session, program.conference)).toContain(
      '10:30–12:00 (Rio de Janeiro, UTC−3), room 202 A/B',
    );
  });

  test('go into @page rules as CSS strings, quotes and backslashes escaped', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    expect(cssString('x</style><script>')).toBe('"x\\3c /style>\\3c script>"');
    expect(pageRules('Head')).toBe('@page { @top-left { content: "Head"; } }');
    expect(pageRules('Head', { numbered: true })).toContain(
      '@bottom-right { content: counter(page) " / " counter(pages); }',
    );
  });
});

describe('printedAddress', () => {
  test('is the absolute URL when the booklet’s address is known', () => {
    expect(printedAddress('/talks/troll/', 'https://booklet.example.org/')).toEqual({
      text: 'https://booklet.example.org/talks/troll/',
      url: 'https://booklet.example.org/talks/troll/',
    });
  });

  test('is the path alone, with no URL for a QR code, when it is not', () => {
    expect(printedAddress('/talks/troll/', undefined)).toEqual({ text: '/talks/troll/' });
  });
});

describe('qrCodeSvg', () => {
  test('is an SVG image named for assistive technology', async () => {
    const svg = await qrCodeSvg('https://booklet.example.org/talks/troll/?a=1&b="2"');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="QR code for https:\/\/booklet\.example\.org\/talks\/troll\/\?a=1&amp;b=&quot;2&quot;" /,
    );
    expect(svg).toContain('viewBox');
  });
});
