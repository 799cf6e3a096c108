/**
 * A small school whose people have the names that break declension (ё-surnames, double surnames,
 * Turkic patronymics, women and men), and every kind of document made from it through the built
 * add-on, as the curator would: menu item, answers to its questions, continuation of batches.
 */
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { runDocument } from '../../demo/steps/orders';
import { writePairs } from '../../demo/steps/roadmap';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import type { DocModel } from '../../emulator/docs/model';
import { addonWorld, sheetValues, type Addon } from './addon';

export const PARAMS = {
  orgFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»', orgShortName: 'МБОУ «СШ № 1»',
  address: 'ул. Школьная, д. 1, г. Энск', place: 'г. Энск', director: 'Назарова Анна Николаевна', directorPosition: 'Директор',
  curator: 'Соловьёва Виктория Константиновна', curatorPosition: 'заместитель директора по УВР', orderNumber: '{n}',
  municipalBody: 'Начальнику управления образования администрации г. Энска', finalEventPlace: 'актовом зале школы',
};

const teacher = (fullName: string, position: string, extra: Record<string, unknown> = {}) => ({
  fullName, category: 'педагог', position, form: 'Учитель – учитель', consent: 'дано', consentBy: 'участник', ...extra,
});
const pupil = (fullName: string, grade: string, parentName: string, extra: Record<string, unknown> = {}) => ({
  fullName, category: 'обучающийся', grade, form: 'Ученик – ученик', parentName, consent: 'дано', consentBy: 'законный представитель',
  birthDate: new Date('2011-03-02T00:00:00+03:00'), ...extra,
});

/** Mentors: [name, position/grade, form]; mentees the same; pairs by index. */
export const MENTOR_ROWS = [
  teacher('Королёв Алексей Петрович', 'учитель физики', { form: 'Учитель – ученик' }),
  teacher('Лихачёва Анна Сергеевна', 'учитель математики', { results: 'Лучший наставник 2025/2026 учебного года' }),
  teacher('Мамедов Эльдар Рустам оглы', 'педагог-психолог', { form: 'Учитель – ученик' }),
  { ...teacher('Римская-Корсакова Ольга Игоревна', 'инженер-технолог', { form: 'Работодатель – ученик' }), category: 'представитель предприятия' },
  pupil('Ермакова Екатерина Евгеньевна', '10А', 'Ермаков Евгений Петрович', { birthDate: new Date('2009-05-04T00:00:00+03:00') }),
];
export const MENTEE_ROWS = [
  pupil('Алиева Лейла Рустам кызы', '7Б', 'Алиев Рустам Ильдарович', { form: 'Учитель – ученик' }),
  teacher('Соловьёв Пётр Семёнович', 'учитель истории'),
  pupil('Шевчук Олег Ильдарович', '6А', 'Шевчук Ирина Олеговна', { form: 'Учитель – ученик' }),
  pupil('Черных Ирина Олеговна', '9В', 'Черных Олег Иванович', { form: 'Работодатель – ученик' }),
  pupil('Кузьмина Любовь Петровна', '5В', 'Кузьмин Пётр Ильич'),
];

const codes = (book: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: string) => {
  const v = sheetValues(book, sheet)!;
  return v.slice(1).map((r) => String(r[v[0]!.indexOf('Код участника')]));
};

export function documentsSchool(now = '2025-09-15T10:00:00+03:00') {
  const env = addonWorld({ now });
  const { addon, book } = env;
  addon.prepareSheet();
  typeParams(book, PARAMS as Record<string, string>);
  pasteRows(book, MENTORS, MENTOR_ROWS);
  pasteRows(book, MENTEES, MENTEE_ROWS);
  addon.prepareSheet();
  // The optional column of partner organisations, added by the curator.
  const mentors = book.getSheetByName('Наставники')!;
  const width = mentors.getLastColumn();
  if (width >= mentors.getMaxColumns()) mentors.insertColumnAfter(width);
  mentors.getRange(1, width + 1, 5, 1).setValues([['Организация'], [''], [''], [''], ['АО «Энский завод „Прогресс“»']]);
  const [mc, ec] = [codes(book, 'Наставники'), codes(book, 'Наставляемые')];
  writePairs(book, MENTOR_ROWS.map((m, i) => ({
    pairId: `П-${i + 1}`, mentorCode: mc[i]!, mentor: m.fullName, menteeCode: ec[i]!, mentee: MENTEE_ROWS[i]!.fullName,
    form: String(m.form), status: 'утверждена', startDate: new Date('2025-10-01T00:00:00+03:00'), endDate: new Date('2026-05-31T00:00:00+03:00'),
  })));
  return env;
}

type World = ReturnType<typeof documentsSchool>['world'];

const run = (world: World, addon: Addon, fn: keyof Addon, ...texts: string[]) => void runDocument(world, addon, fn, ...texts);

/** Every kind of document, made in the order of the school year. Returns the documents by kind. */
export function makeEveryDocument(world: World, addon: Addon): Record<string, DocModel[]> {
  addon.createRoadmapSheet();
  run(world, addon, 'orderImplement', '1');
  run(world, addon, 'orderCurator', '2');
  run(world, addon, 'orderApprove', '3');
  run(world, addon, 'orderMentors', '4');
  run(world, addon, 'orderAssociation', '5');
  run(world, addon, 'orderPairs', '6');
  run(world, addon, 'makeAgreements');
  addon.createIndividualPlans();
  run(world, addon, 'makePlans');
  run(world, addon, 'makeMunicipalInfo', '01-12/7');
  // A pair ends early: the curator records it in «Пары», then the order on changes.
  const pairs = world.spreadsheet.getSheetByName('Пары')!;
  const head = pairs.getRange(1, 1, 1, pairs.getLastColumn()).getValues()[0]!.map(String);
  const col = (h: string) => head.indexOf(h) + 1;
  pairs.getRange(6, col('Статус')).setValue('завершена');
  pairs.getRange(6, col('Дата окончания')).setValue(new Date('2026-02-10T00:00:00+03:00'));
  pairs.getRange(6, col('Причина завершения')).setValue('по инициативе наставляемого');
  run(world, addon, 'orderPairChanges', '7');
  run(world, addon, 'orderFinalEvent', '8', '25.05.2026', 'актовом зале школы');
  run(world, addon, 'orderReward', '9');
  run(world, addon, 'makeLetters');
  run(world, addon, 'makeCertificates');
  run(world, addon, 'makeParentLetters');
  run(world, addon, 'makePartnerLetters');
  world.log.answers.push({ button: 'OK', text: '01-12/8' });
  addon.makeRegionalReport();
  const docs = [...world.drive.files.values()].filter((f) => !f.name.startsWith('Шаблон:') && world.drive.docs.has(f.id))
    .map((f) => world.drive.docs.get(f.id)!);
  const by = (re: RegExp) => docs.filter((d) => re.test(d.name));
  return {
    implement: by(/^Приказ № 1 /), curator: by(/^Приказ № 2 /), approve: by(/^Приказ № 3 /), regulation: by(/^Приложение 1 /),
    programme: by(/^Приложение 2 /), roadmap: by(/^Приложение 3 /), mentors: by(/^Приказ № 4 /), association: by(/^Приказ № 5 /),
    pairs: by(/^Приказ № 6 /), agreement: by(/^Соглашение/), plan: by(/^Индивидуальный план/), municipalInfo: by(/^Исх\. № 01-12\/7/),
    pairChanges: by(/^Приказ № 7 /), finalEvent: by(/^Приказ № 8 /), reward: by(/^Приказ № 9 /), letter: by(/^Благодарственное письмо — [А-ЯЁ][а-яё]+ /),
    certificate: by(/^Грамота/), parentLetter: by(/^Письмо родителям/), partnerLetter: by(/^Благодарственное письмо — АО/),
    report: by(/^Информация о ходе/),
  };
}

/** A document's text: paragraphs, and table rows with cells joined by « | ». */
export const docText = (d: DocModel) =>
  d.body.map((e) => (e.type === 'TABLE' ? e.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n') : e.text)).join('\n');
