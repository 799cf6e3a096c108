/**
 * Matching on the demo school: «Подобрать пары», then the curator approves the best proposals,
 * rejects one, replaces a mentor, and runs matching again; approved pairs reach the bases.
 */
import type { DemoContext } from './context';
import { MATCHING_UI } from '../../src/domain/matching/messages';

const STATUS = 'Статус';

export function matchingStep({ world, addon, sidebar, book }: DemoContext): string[] {
  addon.matchPairs();
  const first = world.log.toasts.at(-1)?.message ?? '';
  const pairs = sidebar.getProposedPairs() as { id: string; mentor: string; mentee: string; score: number; explanation: string; status: string }[];
  const best = [...pairs].sort((a, b) => b.score - a.score);
  const approve = best.slice(0, Math.ceil(best.length * 0.6));
  for (const p of approve) addon.decidePair(p.id, 'утверждена');
  const rejected = best.at(-1);
  if (rejected && !approve.includes(rejected)) addon.decidePair(rejected.id, 'отклонена');

  // A mentee asks for another mentor: select the row of an approved pair and replace it.
  const sheet = book.getSheetByName('Пары')!;
  const values = sheet.getDataRange().getValues();
  const statusCol = values[0]!.indexOf(STATUS);
  const row = values.findIndex((r, i) => i > 0 && r[statusCol] === 'утверждена') + 1;
  let replaced = '';
  if (row > 1) {
    sheet.getRange(row, 1).activate();
    world.log.answers.push({ button: 'OK', text: 'по просьбе наставляемого: не совпали интересы' });
    addon.replaceMentor();
    replaced = world.log.toasts.at(-1)?.message ?? '';
  }
  addon.matchPairs();
  const again = world.log.toasts.at(-1)?.message ?? '';
  const after = sheet.getDataRange().getValues().slice(1);
  const count = (s: string) => after.filter((r) => r[statusCol] === s).length;
  const sample = best[0];
  const unmatched = book.getSheetByName('Без пары')?.getDataRange().getValues().slice(1) ?? [];
  const left = (role: string) => unmatched.filter((r) => r[MATCHING_UI.unmatchedHeaders.indexOf('Роль')] === role).length;
  return [
    `«Подобрать пары»: ${first}`,
    ...(sample ? [`Пример: ${sample.mentor} → ${sample.mentee}. ${sample.explanation}`] : []),
    `Куратор утвердил ${approve.length}, отклонил ${rejected && !approve.includes(rejected) ? 1 : 0}.`,
    ...(replaced ? [`«Заменить наставника»: ${replaced}`] : []),
    `Повторный подбор: ${again}`,
    `Лист «Пары»: утверждено ${count('утверждена')}, предложено ${count('предложена')}, отклонено ${count('отклонена')}, заменено ${count('заменена')}; «Без пары»: наставляемых ${left(MATCHING_UI.roleMentee)}, наставников без наставляемых ${left(MATCHING_UI.roleMentor)}.`,
  ];
}
