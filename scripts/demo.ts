/**
 * `npm start`: the whole workflow on a realistic demo school, inside the emulator, with the built
 * add-on — as a curator, participants and the director would click it. Results go to out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportXlsx } from '../emulator/export/xlsx';
import { generateSchool } from '../demo/school';
import type { DemoContext } from '../demo/steps/context';
import { DEMO_STEPS, type DemoStep } from '../demo/steps';
import { sidebarScreens } from '../demo/steps/sidebar';
import { addonWorld } from '../tests/support/addon';

const root = join(__dirname, '..');
const out = join(root, 'out');

const STEPS: DemoStep[] = [...DEMO_STEPS, ['Боковая панель', sidebarScreens]];

async function main() {
  mkdirSync(out, { recursive: true });
  // The add-on in a new Sheet, as a published add-on runs (add-on mode), each call one execution.
  const { world, addon, sidebar, book } = addonWorld();
  const school = generateSchool(2025);
  const ctx: DemoContext = { world, addon, sidebar, book, school };

  console.log(`Демонстрационная школа: ${school.settings.orgFullName}`);
  console.log(`Учебный год ${school.settings.schoolYear}; учителей — ${school.teachers.length}, учеников — ${school.students.length}.`);
  for (const [title, run] of STEPS) {
    console.log(`\n== ${title}`);
    for (const line of await run(ctx)) console.log(line);
  }
  await exportXlsx(ctx.book, join(out, 'demo.xlsx'));
  console.log(`\nФайл: out/demo.xlsx (листы: ${ctx.book.getSheets().map((s) => s.getName()).join(', ')}).`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
