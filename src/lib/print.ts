/**
 * What paper needs that a screen does not: a running head and page numbers (CSS paged media), the page's
 * own address written out, and a QR code that leads a reader holding the sheet back to the page.
 */
import QRCode from 'qrcode';
import { escapeHtml } from './math';
import type { ConferenceInfo, Session, Talk } from './program';
import { sessionName } from './talk-text';
import { formatClock, formatDay, formatZoneLabel } from './time';

/**
 * Text as a CSS string literal: `"a \"b\""`, safe for any text inside a `content:` declaration, and
 * inside an HTML `<style>` element (a `<` is escaped, so no text can close the element).
 */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}

/**
 * The `@page` rules of a printed page: its running head in the top margin, and page numbers at the
 * bottom ("3 / 12") where asked for. Chromium draws `@page` margin boxes since version 131.
 */
export function pageRules(head: string, { numbered = false } = {}): string {
  const numbers = numbered ? ' @bottom-right { content: counter(page) " / " counter(pages); }' : '';
  return `@page { @top-left { content: ${cssString(head)}; }${numbers} }`;
}

/** When and where, as a running head says it: `Saturday, 25 April 2026, 10:42–10:52 (Rio de Janeiro, UTC−3), room 202 A/B`. */
export function whenAndWhereText(start: Date, end: Date, room: string, conference: ConferenceInfo): string {
  const { timeZone, place } = conference;
  const span = `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
  return `${formatDay(start, timeZone)}, ${span} (${formatZoneLabel(start, end, timeZone, place)}), room ${room}`;
}

/** The running head of a printed talk: conference, session, date, time in the venue's zone, and room. */
export function talkRunningHead(talk: Talk, session: Session, conference: ConferenceInfo): string {
  const board = talk.board ? `, board ${talk.board}` : '';
  return `${conference.name} · ${sessionName(session)} · ${whenAndWhereText(talk.start, talk.end, session.room, conference)}${board}`;
}

/** The running head of a printed session: conference, session, date, time and room. */
export function sessionRunningHead(session: Session, conference: ConferenceInfo): string {
  return `${conference.name} · ${sessionName(session)} · ${whenAndWhereText(session.start, session.end, session.room, conference)}`;
}

/**
 * The address printed on a page: absolute where the booklet's address is known (`BOOKLET_SITE` or the
 * conference's `siteUrl`), else the path alone, which no QR code can lead back to.
 */
export function printedAddress(path: string, site: URL | string | undefined): { text: string; url?: string } {
  if (!site) return { text: path };
  const url = new URL(path, site).href;
  return { text: url, url };
}

/** A QR code of the URL as inline SVG, an image named for assistive technology: `QR code for https://…`. */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(`QR code for ${url}`)}" `);
}
