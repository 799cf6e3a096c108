/**
 * `npm start`: the whole workflow on a realistic demo school, inside the emulator, with the built
 * add-on — as a curator, participants and the director would click it. Results go to out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld } from '../emulator';
import { exportXlsx } from '../emulator/export/xlsx';
import { generateSchool } from '../demo/school';
import type { DemoContext } from '../demo/steps/context';
import { DEMO_STEPS, type DemoStep } from '../demo/steps';
import { sidebarScreens } from '../demo/steps/sidebar';
import { SCOPES, type Addon } from '../tests/support/addon';

const root = join(__dirname, '..');
const out = join(root, 'out');

const STEPS: DemoStep[] = [...DEMO_STEPS, ['Боковая панель', sidebarScreens]];

async function main() {
  mkdirSync(out, { recursive: true });
  const world = createWorld({ htmlDir: join(root, 'build'), scopes: SCOPES, now: '2025-09-15T10:00:00+03:00' });
  const addon = world.load(join(root, 'build/Code.js')) as Addon;
  const school = generateSchool(2025);
  const ctx: DemoContext = { world, addon, book: world.spreadsheet, school };

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
