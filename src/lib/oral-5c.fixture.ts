/**
 * For unit tests: ICLR 2026's Oral Session 5C (10:30–12:00 in Rio de Janeiro) holding one talk at
 * 10:42–10:52, the talk's text as a test needs it.
 */
import { buildProgram, type Program, type TalkInput } from './program';

type OneTalk = Pick<TalkInput, 'slug' | 'title' | 'authors'> & Partial<Pick<TalkInput, 'abstractHasMath'>>;

export function oral5cWith(talk: OneTalk): Program {
  return buildProgram(
    { name: 'ICLR 2026', venue: 'Rio de Janeiro, Brazil', timeZone: 'America/Sao_Paulo' },
    [
      {
        id: 'oral-5c',
        title: 'Reinforcement learning II',
        label: 'Oral Session 5C',
        kind: 'oral',
        room: '202 A/B',
        start: new Date('2026-04-25T13:30:00Z'),
        end: new Date('2026-04-25T15:00:00Z'),
      },
    ],
    [
      {
        abstractHasMath: false,
        ...talk,
        session: 'oral-5c',
        start: new Date('2026-04-25T13:42:00Z'),
        end: new Date('2026-04-25T13:52:00Z'),
      },
    ],
  );
}
