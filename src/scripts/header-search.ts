/**
 * The header's search box once a reader starts to use it: results under the box as they type (no
 * debounce), Escape to close, arrow keys between results. Enter still submits to the search page.
 */
import { searchPageUrl, type SearchQuery } from '../lib/search-query';
import { describeAnswer, hitItem, loadSearch, runSearch } from './booklet-search';

/**
 * How many results the header shows; the rest are on the search page. Five fit a phone's screen, and each
 * costs its page's fragment (about 0.9 KB) on the first query (`npm run bench:search`).
 */
const SHOWN = 5;

export function attachHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = panel.querySelector<HTMLOListElement>('ol')!;
  const note = panel.querySelector<HTMLElement>('[data-search-note]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };

  const show = async () => {
    const text = input.value.trim();
    const asked = ++latest;
    if (!text) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    // What the status tells a screen reader, the panel shows when there is no list to show.
    const say = (message: string, visible: boolean) => {
      status.textContent = message;
      note.textContent = visible ? message : '';
      note.hidden = !visible;
    };
    const query: SearchQuery = { text, filters: {}, sort: 'relevance' };
    try {
      const answer = await runSearch(query);
      if (asked !== latest) return; // a newer keystroke has its own answer coming: fetch no results for this one
      const hits = await answer.read(0, SHOWN);
      if (asked !== latest) return;
      const items = hits.map(hitItem);
      if (answer.total > SHOWN) {
        const more = document.createElement('li');
        more.className = 'search-more';
        const link = more.appendChild(document.createElement('a'));
        link.href = searchPageUrl(query);
        link.textContent = `All ${answer.total} results`;
        items.push(more);
      }
      list.replaceChildren(...items);
      say(describeAnswer(answer, query), answer.total === 0);
    } catch {
      if (asked !== latest) return;
      list.replaceChildren();
      say('Search is not available right now: its index could not be loaded.', true);
    }
    panel.hidden = false;
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  input.addEventListener('input', show);
  input.addEventListener('focus', (event) => {
    // Coming back to the box from elsewhere shows its results again; Escape's return to it does not.
    const fromOutside = !form.contains(event.relatedTarget as Node | null);
    if (fromOutside && input.value.trim() && list.childElementCount > 0) panel.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const all = links();
      if (panel.hidden || all.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? focused + 1 : focused - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    }
  });
  // Focus moving elsewhere closes the results. A click is judged by where it lands: some browsers (Safari)
  // focus no link on click, so its focus would seem to leave for nowhere before the link is followed.
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !form.contains(next)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });

  loadSearch().catch(() => {}); // start fetching Pagefind while the reader types the first word
  if (input.value.trim()) void show();
}
