/**
 * Playwright's `test`, watching every page a test opens: a console error, an uncaught exception, a failed
 * or missing resource, or a request to another host than the booklet's fails the test. A page that is
 * itself missing is left to the test that opened it (the 404 page test expects one).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const missingPages = new Set<string>();
      page.on('response', (response) => {
        if (response.status() < 400) return;
        if (response.request().resourceType() === 'document') missingPages.add(response.url());
        else problems.push(`${response.status()} for ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const aboutMissingPage =
          missingPages.has(message.location().url) && message.text().startsWith('Failed to load resource');
        if (!aboutMissingPage) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        // Some tests serve a booklet of their own on another local port: the same machine, not a third party.
        const local = url.origin === origin || (url.protocol === 'http:' && url.hostname === new URL(origin).hostname);
        if (url.protocol !== 'data:' && !local) problems.push(`request to another host: ${request.url()}`);
      });
      page.on('requestfailed', (request) => {
        // Leaving a page cancels what it was still loading (its favicon, say): not a failure of the booklet.
        const reason = request.failure()?.errorText;
        if (reason !== 'net::ERR_ABORTED') problems.push(`request failed (${reason}): ${request.url()}`);
      });
      await use(problems);
      expect(problems, 'problems while the pages were open').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
