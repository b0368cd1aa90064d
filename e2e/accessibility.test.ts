import AxeBuilder from '@axe-core/playwright';
import { talkSlugs } from './support/seed';
import { expect, test } from './support/test';

const pages = {
  home: '/',
  'session overview': '/sessions/oral-5c/',
  'talk page': `/talks/${talkSlugs()[0]}/`,
  'talk page with math': '/talks/multiplayer-nash-preference-optimization/',
  '404 page': '/no-such-page/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violations on the ${kind} in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
