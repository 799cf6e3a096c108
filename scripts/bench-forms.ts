/**
 * `npm run bench` (forms): Sheets calls per submitted answer, on small and big bases, and the
 * Forms calls of refreshing the preference lists for 400 mentors. The quota rule: per answer at
 * most 5 reads and writes of the Sheet (plus the lock), the same whatever the size of the bases;
 * one setChoiceValues per list question. Exits non-zero when a figure breaks the rule.
 */
import { SHEETS_CLASSES } from '../emulator/calls';
import { FORMS_CLASSES, type Answer } from '../emulator/forms';
import { generateSchool } from '../demo/school';
import { pasteRows } from '../demo/fill';
import { DEFAULT_FORMS, MENTEES, MENTORS } from '../src/domain/bases/schema';
import type { FormLinks } from '../src/domain/forms/links';
import type { FormKey } from '../src/domain/forms/schema';
import { buildSpecs, specOf } from '../src/domain/forms/specs';
import { addonWorld } from '../tests/support/addon';

const school = generateSchool(2025);
const SIZES = [10, 2000];
const BUDGET = 5;
/** Calls that read or write the Sheet's cells or grid (the rest only hand out objects). */
const DATA = ['Range.getValues', 'Range.getFormulas', 'Range.getDisplayValues', 'Range.setValues', 'Range.setValue',
  'Range.setNumberFormat', 'Range.setNumberFormats', 'Sheet.appendRow', 'Sheet.getLastRow', 'Sheet.getMaxRows',
  'Sheet.insertRowsAfter', 'Sheet.insertRowsBefore'];

const specs = buildSpecs({ school: '', schoolYear: '', forms: DEFAULT_FORMS });
const t = (form: FormKey, key: string) => specOf(specs, form).questions.find((q) => q.key === key)!.title;
/**
 * The demo's people repeated to `n` rows. The demo's deliberate «=СУММ(…)» name is left out: pasted
 * below the rows «Подготовить таблицу» formatted, it would be a formula, which this bench is not about.
 */
const rowsOf = (templates: readonly Record<string, unknown>[], n: number, extra: Record<string, unknown> = {}) => {
  const plain = templates.filter((t) => !String(t.fullName ?? '').startsWith('='));
  return Array.from({ length: n }, (_, i) => ({ ...plain[i % plain.length], ...extra }) as Record<string, string | number | Date>);
};

function school_(mentors: number, mentees: number, extra: Record<string, unknown> = {}) {
  const { world, addon, sidebar } = addonWorld({ now: '2025-09-15T10:00:00+03:00' });
  addon.prepareSheet();
  pasteRows(world.spreadsheet, MENTORS, rowsOf(school.mentors, mentors, extra));
  pasteRows(world.spreadsheet, MENTEES, rowsOf(school.mentees, mentees, extra));
  addon.prepareSheet();
  addon.createForms();
  addon.installFormTrigger();
  // Answers come after the curator's data was prepared: they are newer than it.
  world.clock.advance(60_000);
  return { world, addon, sidebar };
}

interface Figure { answer: string; data: number; all: number; lock: number; grow: number }

function perAnswer(size: number): Figure[] {
  const { world, sidebar } = school_(size, size);
  const links = sidebar.getFormLinks() as FormLinks;
  const title = (key: FormKey) => world.forms.list().find((f) => links.forms.find((l) => l.key === key)!.url.includes(f.publishedId))!.name;
  const link = (code: string, key: FormKey) => world.forms.prefilled(links.people.find((p) => p.code === code)!.links.find((l) => l.key === key)!.url);
  const measure = (answer: string, run: () => void): Figure => {
    world.clock.advance(1000); // each answer a second after the one before
    world.calls.reset();
    run();
    if (world.forms.failures.length) throw new Error(String(world.forms.failures[0]!.error));
    // Growing a full sheet (insertRowsAfter) happens once per block of rows, not per answer: shown apart.
    const data = DATA.reduce((n, m) => n + world.calls.count(m), 0) - world.calls.count('Sheet.insertRowsAfter');
    const grow = world.calls.count('Sheet.insertRowsAfter');
    if (process.env.SNAP && grow) console.log(answer, JSON.stringify(world.calls.snapshot()));
    return { answer, data, all: world.calls.service(SHEETS_CLASSES) - grow, lock: world.calls.service(['LockService', 'Lock']), grow };
  };
  const pupil = (n: number) => ({
    [t('menteeStudent', 'fullName')]: `Новикова Полина ${['Игоревна', 'Олеговна'][n]}`, [t('menteeStudent', 'grade')]: '5В',
    [t('menteeStudent', 'parentName')]: 'Новиков Игорь Олегович', [t('menteeStudent', 'parentPhone')]: '+7 917 555-88-01',
    [t('menteeStudent', 'form')]: 'Ученик – ученик', [t('menteeStudent', 'request')]: ['Выбрать профессию'],
    [t('menteeStudent', 'time')]: ['Вторник'],
  });
  let first: ReturnType<typeof world.forms.submit> = [];
  // A pupil whose personal links include the pupils' intake form: the «changes by the personal link» answer.
  const student = links.people.find((p) => p.links.some((l) => l.key === 'menteeStudent'))!.code;
  const sat = world.forms.find(title('satisfactionMentor'));
  const scales = (form: typeof sat, n: number): Record<string, Answer> =>
    Object.fromEntries(form.items.filter((i) => i.kind === 'SCALE').map((i) => [i.title, n]));
  const entry = world.forms.find(title('entryExitMentee'));
  const pref = world.forms.find(title('preferencesMentee'));
  const list = pref.items.find((i) => i.title.startsWith('Наставник: 1-й') && i.choices.length > 1) ?? pref.items.find((i) => i.kind === 'LIST')!;
  const form = list.title.replace(/^.*\((.*)\)$/, '$1');
  // Round 0 creates the answer sheets and «Журнал» (once per spreadsheet); round 1 is measured.
  const round = (n: number) => [
    measure('анкета: новый наставляемый', () => (first = world.forms.submit(title('menteeStudent'), pupil(n)))),
    measure('то же событие ещё раз (дубликат)', () => world.forms.redeliver(first[0]!)),
    measure('пустое событие', () => world.forms.blank(title('menteeStudent'))),
    measure('анкета не по личной ссылке: на проверку', () =>
      world.forms.submit(title('menteeStudent'), { ...pupil(n), [t('menteeStudent', 'interests')]: 'театр' })),
    measure('анкета по личной ссылке: изменение', () => world.forms.submit(title('menteeStudent'), {
      ...pupil(n), ...link(student, 'menteeStudent'), [t('menteeStudent', 'interests')]: `театр ${n}`,
    })),
    measure('согласие законного представителя', () => world.forms.submit(title('consent'), {
      ...link(`НЯ-000${n + 1}`, 'consent'), [t('consent', 'consentBy')]: 'законный представитель', [t('consent', 'parentName')]: `Иванова Анна ${n}`,
      [t('consent', 'relation')]: 'мать', [t('consent', 'parentPhone')]: '+79170000001',
      [t('consent', 'decision')]: 'Даю согласие на обработку персональных данных', [t('consent', 'consentDate')]: '2025-09-15',
    })),
    measure('отзыв согласия', () => world.forms.submit(title('consent'), {
      ...link(`НЯ-000${n + 1}`, 'consent'), [t('consent', 'consentBy')]: 'законный представитель', [t('consent', 'parentName')]: `Иванова Анна ${n}`,
      [t('consent', 'relation')]: 'мать', [t('consent', 'parentPhone')]: '+79170000001',
      [t('consent', 'decision')]: 'Отзываю ранее данное согласие', [t('consent', 'consentDate')]: '2025-09-16',
    })),
    measure('удовлетворённость наставника', () => world.forms.submit(title('satisfactionMentor'), {
      ...link(`НК-000${n + 1}`, 'satisfactionMentor'), ...scales(sat, 8),
      [t('satisfactionMentor', 'before')]: 'нет', [t('satisfactionMentor', 'continue')]: 'да',
    })),
    measure('входная анкета', () => world.forms.submit(title('entryExitMentee'), {
      ...link(`НЯ-000${n + 3}`, 'entryExitMentee'), [t('entryExitMentee', 'stage')]: 'входная', ...scales(entry, 5),
    })),
    measure('предпочтения наставляемого', () => world.forms.submit(title('preferencesMentee'), {
      ...link(`НЯ-000${n + 5}`, 'preferencesMentee'), [t('preferencesMentee', 'form')]: form, [list.title]: list.choices[0]!.value,
    })),
  ];
  round(0);
  return round(1);
}

let ok = true;
const bySize = SIZES.map(perAnswer);
console.log('Вызовы Sheets на один ответ: чтение/запись ячеек (бюджет — 5) · все вызовы Sheets · вызовы блокировки');
console.log(`${'ответ'.padEnd(36)}${SIZES.map((s) => `${s} чел. в базе`.padStart(28)).join('')}`);
bySize[0]!.forEach((f, i) => {
  const row = bySize.map((figs) => figs[i]!);
  const same = row.every((x) => x.data === f.data && x.all === f.all);
  const within = row.every((x) => x.data <= BUDGET);
  ok &&= same && within;
  console.log(`${f.answer.padEnd(36)}${row.map((x) => `${x.data} · ${x.all} · ${x.lock}${x.grow ? ' (+1 рост листа)' : ''}`.padStart(28)).join('')}` +
    `   ${same ? 'постоянно' : 'РАСТЁТ'}${within ? '' : `, больше ${BUDGET}`}`);
});

// «Загрузить ответы» with the trigger off: every answer waits in the forms. Sheets calls must not grow with answers.
const ANSWERS = [20, 400];
const loadFigures = ANSWERS.map((k) => {
  const { world, addon } = school_(100, 100);
  for (const tr of [...world.triggers]) world.triggers.splice(world.triggers.indexOf(tr), 1);
  const links = addon.getFormLinks() as FormLinks;
  const intake = world.forms.list().find((f) => links.forms.find((l) => l.key === 'menteeStudent')!.url.includes(f.publishedId))!.title!;
  const consent = world.forms.list().find((f) => links.forms.find((l) => l.key === 'consent')!.url.includes(f.publishedId))!.title!;
  const mentees = links.people.filter((p) => p.base === 'mentees');
  for (let i = 0; i < k; i++) {
    world.clock.advance(1000);
    if (i % 2) {
      const person = mentees[i % mentees.length]!;
      world.forms.submit(consent, {
        ...world.forms.prefilled(person.links.find((l) => l.key === 'consent')!.url), [t('consent', 'consentBy')]: 'законный представитель',
        [t('consent', 'parentName')]: `Родитель ${i}`, [t('consent', 'relation')]: 'мать', [t('consent', 'parentPhone')]: '+79170000001',
        [t('consent', 'decision')]: 'Даю согласие на обработку персональных данных', [t('consent', 'consentDate')]: '2025-09-16',
      });
    } else {
      world.forms.submit(intake, {
        [t('menteeStudent', 'fullName')]: `Новиков Ученик ${i}`, [t('menteeStudent', 'grade')]: '5В',
        [t('menteeStudent', 'parentName')]: 'Новиков Игорь Олегович', [t('menteeStudent', 'parentPhone')]: `+7 917 555-${String(i).padStart(4, '0').replace(/(\d\d)(\d\d)/, '$1-$2')}`,
        [t('menteeStudent', 'form')]: 'Ученик – ученик', [t('menteeStudent', 'request')]: ['Выбрать профессию'], [t('menteeStudent', 'time')]: ['Вторник'],
      });
    }
  }
  world.clock.advance(60_000);
  const run = () => {
    world.calls.reset();
    addon.loadFormAnswers();
    return { sheets: DATA.reduce((n, m) => n + world.calls.count(m), 0) - world.calls.count('Sheet.insertRowsAfter'), grow: world.calls.count('Sheet.insertRowsAfter'),
      forms: world.calls.service([...FORMS_CLASSES]), told: world.log.toasts.at(-1)!.message };
  };
  return { k, first: run(), again: run() };
});
console.log('\n«Загрузить ответы» (приём ответов выключен, ответы ждут в анкетах): чтение/запись ячеек Sheets · вызовы Forms');
for (const f of loadFigures) {
  console.log(`${String(f.k).padStart(4)} ответов: первый раз ${f.first.sheets}${f.first.grow ? ` (+${f.first.grow} рост листа)` : ''} · ${f.first.forms}; ` +
    `повторно ${f.again.sheets} · ${f.again.forms}\n      ${f.first.told}\n      ${f.again.told}`);
}
const loadSame = loadFigures.every((f) => f.first.sheets === loadFigures[0]!.first.sheets && f.again.sheets === loadFigures[0]!.again.sheets);
console.log(loadSame ? 'Вызовы Sheets постоянны при любом числе ответов.' : 'Вызовы Sheets РАСТУТ с числом ответов.');
ok &&= loadSame;

// Refreshing the preference lists for 400 mentors (all active, with consent, in the demo's forms).
const { world, addon } = school_(400, 60, { status: 'активен', consent: 'дано', consentBy: 'законный представитель' });
world.calls.reset();
addon.refreshPreferenceLists();
const questions = world.forms.list().filter((f) => f.name.startsWith('Анкета предпочтений'))
  .flatMap((f) => f.items.filter((i) => i.kind === 'LIST')).length;
const setChoices = world.calls.count('ListItem.setChoiceValues');
const offered = world.forms.list().filter((f) => f.name.startsWith('Анкета предпочтений наставляемого'))
  .flatMap((f) => f.items.filter((i) => i.kind === 'LIST' && i.title.includes('1-й'))).reduce((n, i) => n + i.choices.length, 0);
console.log(`Обновить списки предпочтений (400 наставников, в списках ${offered}): вопросов ${questions}, setChoiceValues ${setChoices}, ` +
  `всех вызовов Forms ${world.calls.service([...FORMS_CLASSES])}, Sheets ${world.calls.service(SHEETS_CLASSES)}`);
ok &&= setChoices === questions;
if (!ok) {
  console.error('forms: the per-answer budget or the one-call-per-question rule is broken');
  process.exit(1);
}
