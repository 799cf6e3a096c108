import { cellText, type Cell } from '../cell';
import { norm } from './answers';
import { SWOT, STAGE1 } from './messages';
import type { Stage1 } from './stage1';

/** What a measured item looks like (STAGE1.point); an item the curator edited no longer does. */
const MEASURED_ITEM = /^«.+»: средний балл [\d,]+ из \d+, удовлетворены \d+% \(n = \d+\)$/;

/**
 * The «SWOT» sheet as a list: section, item, source. Measured strengths and weaknesses are
 * refreshed on each run; every row the curator wrote or edited (other source, changed text, a
 * comment in a further column) is kept as it is.
 */
export function mergeSwot(existing: readonly (readonly Cell[])[], stage1: Stage1): Cell[][] {
  const measured = (q: Stage1['strongest'][number]) => STAGE1.point(q.question, q.mean, q.scale, q.satisfied, q.n);
  const fresh: Cell[][] = [
    ...stage1.strongest.map((q) => [SWOT.strengths, measured(q), SWOT.measured]),
    ...stage1.weakest.map((q) => [SWOT.weaknesses, measured(q), SWOT.measured]),
  ];
  const rows = existing.slice(1).filter((r) => r.some((v) => cellText(v) !== ''));
  const ours = (r: readonly Cell[]) =>
    norm(cellText(r[2])) === norm(SWOT.measured) && MEASURED_ITEM.test(cellText(r[1])) && r.slice(3).every((v) => cellText(v) === '');
  const hint = (r: readonly Cell[]) => cellText(r[1]) === '' && norm(cellText(r[2])) === norm(SWOT.curatorHint);
  const note = (r: readonly Cell[]) => norm(cellText(r[0])) === norm(SWOT.note);
  const kept = rows.filter((r) => !ours(r) && !hint(r) && !note(r));
  const curatorItems = new Set(kept.map((r) => norm(cellText(r[1]))));
  const hasSection = (name: string) => kept.some((r) => norm(cellText(r[0])) === norm(name));
  const hints = [SWOT.opportunities, SWOT.threats].filter((s) => !hasSection(s)).map((s) => [s, '', SWOT.curatorHint]);
  const order = [SWOT.strengths, SWOT.weaknesses, SWOT.opportunities, SWOT.threats].map(norm);
  const all = [...fresh.filter((r) => !curatorItems.has(norm(cellText(r[1])))), ...kept.map((r) => [...r]), ...hints];
  const rank = (r: readonly Cell[]) => {
    const i = order.indexOf(norm(cellText(r[0])));
    return i < 0 ? order.length : i;
  };
  const sorted = all.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
  const width = Math.max(SWOT.headers.length, ...sorted.map((r) => r.length));
  return [SWOT.headers, ...sorted].map((r) => [...r, ...Array<Cell>(width - r.length).fill('')]);
}
