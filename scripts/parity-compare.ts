/**
 * `npm run parity:compare FILE`: FILE is the JSON the parity project left in Drive after a run on
 * Google. Runs the same facts in the emulator and prints every fact where the two disagree (by
 * pass/fail or by what was observed), with its source. Exits 1 when there is any.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runParityInEmulator } from '../tests/parity/emulated';
import { disagreements, type ParityReport } from '../tests/parity/report';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run parity:compare <file.json from Drive>');
    process.exit(2);
  }
  const google = JSON.parse(readFileSync(file, 'utf8')) as ParityReport;
  if (!Array.isArray(google.facts)) throw new Error(`${file} is not a parity report (no "facts")`);
  const built = spawnSync(process.execPath, [join(__dirname, 'parity.mjs'), '--build-only'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const { report: emulator } = runParityInEmulator();
  const differ = disagreements(google, emulator);
  console.log(`Google: ${google.ranAt}, язык ${google.locale}; фактов ${google.facts.length}, совпало ${google.facts.filter((f) => f.pass).length}.`);
  console.log(`Эмулятор: фактов ${emulator.facts.length}, совпало ${emulator.facts.filter((f) => f.pass).length}.`);
  const side = (r: ParityReport['facts'][number] | undefined) =>
    r ? `${r.pass ? 'совпало' : 'НЕ совпало'}; наблюдалось: ${r.observed}` : 'нет такого факта';
  for (const d of differ) {
    console.log(`\n${d.area} — ${d.name}`);
    console.log(`  Google:   ${side(d.google)}`);
    console.log(`  эмулятор: ${side(d.emulator)}`);
    console.log(`  ожидалось: ${(d.google ?? d.emulator)!.expected}`);
    console.log(`  источник: ${d.source}`);
  }
  console.log(differ.length === 0 ? '\nЭмулятор и Google согласны во всех фактах.' : `\nРасхождений: ${differ.length}.`);
  process.exit(differ.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
