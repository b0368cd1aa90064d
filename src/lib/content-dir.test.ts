import { describe, expect, test } from 'vitest';
import { resolveContentDir } from './content-dir';

describe('resolveContentDir', () => {
  test('uses content/ in the project when nothing is set', () => {
    expect(resolveContentDir('/srv/booklet', undefined)).toBe('/srv/booklet/content');
    expect(resolveContentDir('/srv/booklet', '  ')).toBe('/srv/booklet/content');
  });

  test('reads a relative setting from the project root', () => {
    expect(resolveContentDir('/srv/booklet', 'conferences/neurips')).toBe('/srv/booklet/conferences/neurips');
  });

  test('takes an absolute setting as it is', () => {
    expect(resolveContentDir('/srv/booklet', '/data/iclr/')).toBe('/data/iclr');
  });
});
