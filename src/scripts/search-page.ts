/**
 * The search page once JavaScript runs: reads the query from the address, offers the filters the index
 * knows, shows results as the reader types or chooses, and keeps the address in step so it can be shared.
 */
import { isFiltered, queryFromParams, SEARCH_FILTERS, searchPageUrl, type SearchQuery } from '../lib/search-query';
import { describeAnswer, filterValues, hitItem, runSearch, type SearchAnswer } from './booklet-search';

/** Results shown at first and added by each "Show more". */
const PAGE = 20;

const byName = new Intl.Collator('en', { numeric: true }).compare;

export function attachSearchPage(form: HTMLFormElement): void {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-hits]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const fieldset = form.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const authors = document.querySelector<HTMLDataListElement>('#search-authors')!;
  let latest = 0;
  let answer: SearchAnswer | undefined;

  const read = (): SearchQuery => ({
    text: field('q').value,
    filters: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, field(name).value.trim()])),
    sort: field('sort').value === 'start' ? 'start' : 'relevance',
  });

  const showMore = async () => {
    if (!answer) return;
    const shown = list.childElementCount;
    const hits = await answer.read(shown, PAGE);
    list.append(...hits.map(hitItem));
    more.hidden = list.childElementCount >= answer.total;
  };

  const run = async () => {
    const query = read();
    const asked = ++latest;
    history.replaceState(null, '', searchPageUrl(query));
    if (!query.text.trim() && !isFiltered(query)) {
      answer = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type words to search the talks, or choose a filter.';
      return;
    }
    try {
      const found = await runSearch(query);
      if (asked !== latest) return;
      const hits = await found.read(0, PAGE);
      if (asked !== latest) return;
      answer = found;
      list.replaceChildren(...hits.map(hitItem));
      more.hidden = hits.length >= found.total;
      status.textContent = describeAnswer(found, query);
    } catch {
      if (asked !== latest) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Search is not available right now: its index could not be loaded.';
    }
  };

  const offerFilters = async (query: SearchQuery) => {
    const values = await filterValues();
    for (const name of ['session', 'room'] as const) {
      const select = field(name) as HTMLSelectElement;
      const options = Object.entries(values[name] ?? {}).sort(([a], [b]) => byName(a, b));
      select.append(...options.map(([value, count]) => new Option(`${value} (${count})`, value)));
      select.value = query.filters[name] ?? '';
    }
    const names = Object.keys(values.author ?? {}).sort(byName);
    authors.append(...names.map((name) => new Option(name)));
  };

  const query = queryFromParams(new URLSearchParams(location.search));
  field('q').value = query.text;
  field('author').value = query.filters.author ?? '';
  field('sort').value = query.sort;
  fieldset.hidden = false;
  document.querySelector<HTMLElement>('[data-search-no-script]')!.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', () => void run());
  more.addEventListener('click', () => void showMore());

  offerFilters(query)
    .catch(() => {}) // the status line reports an index that cannot load
    .finally(() => void run());
}
