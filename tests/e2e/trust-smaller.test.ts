/** The smaller items of issue 13, through the built bundle. */
import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PAIRS } from '../../src/domain/pairs/schema';

type World = ReturnType<typeof addonWorld>;
const teacher = { fullName: 'Кузнецова Елена Викторовна', category: 'педагог', position: 'учитель математики', subject: 'математика',
  form: 'Учитель – ученик', competences: 'Математика', consent: 'дано', consentBy: 'участник', status: 'активен', capacity: 3, phone: '+7 917 555-01-01' };
const pupil = (fullName: string) => ({ fullName, category: 'обучающийся', grade: '6Б', form: 'Учитель – ученик', request: 'Математика',
  parentName: 'Родитель Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель', status: 'активен' });

function school(): World {
  const w = addonWorld();
  w.addon.prepareSheet();
  pasteRows(w.book, MENTORS, [teacher]);
  pasteRows(w.book, MENTEES, [pupil('Волков Артём Сергеевич'), pupil('Соколова Дарья Андреевна')]);
  w.addon.prepareSheet();
  return w;
}

describe('the smaller items of issue 13', () => {
  it('a renamed «ФИО» is found by its content: «Подготовить таблицу» gives its header back instead of adding an empty column', () => {
    const w = school();
    const sheet = w.book.getSheetByName('Наставляемые')!;
    const width = sheet.getLastColumn();
    sheet.getRange(1, 2).setValue('Фамилия Имя Отчество');
    w.addon.prepareSheet();
    expect(sheet.getLastColumn()).toBe(width);
    expect(sheet.getRange(1, 2).getValue()).toBe('ФИО');
    expect(w.world.log.toasts.at(-1)!.message).toContain('Восстановлены названия переименованных столбцов: ФИО');
    // Two columns that could both be it: the curator is asked to say which, nothing is added.
    sheet.getRange(1, 2).setValue('Ученик');
    sheet.insertColumnAfter(width);
    sheet.getRange(1, width + 1, 3, 1).setValues([['Ещё ФИО'], ['Волков Артём Сергеевич'], ['Соколова Дарья Андреевна']]);
    w.addon.prepareSheet();
    expect(w.world.log.alerts.at(-1)!.prompt).toMatch(/похожие данные есть в нескольких столбцах/);
    expect(sheet.getLastColumn()).toBe(width + 1);
  });

  it('matching and pair decisions keep the curator’s formula column on «Пары»', () => {
    const w = school();
    w.addon.matchPairs();
    const sheet = w.book.getSheetByName(PAIRS.sheet)!;
    const width = sheet.getLastColumn();
    const status = sheetValues(w.book, PAIRS.sheet)![0]!.indexOf('Статус') + 1;
    const letter = String.fromCharCode(64 + status);
    sheet.getRange(1, width + 1).setValue('Утверждена?');
    for (let r = 2; r <= sheet.getLastRow(); r++) sheet.getRange(r, width + 1).setFormula(`=IF(${letter}${r}="утверждена";1;0)`);
    const pairs = w.addon.getProposedPairs() as { id: string }[];
    w.addon.decidePair(pairs[0]!.id, 'утверждена');
    w.addon.matchPairs();
    const formulas = sheet.getRange(2, width + 1, sheet.getLastRow() - 1, 1).getFormulas().flat();
    expect(formulas.every((f, i) => f === `=IF(${letter}${i + 2}="утверждена";1;0)`)).toBe(true);
  });

  it('«Записать встречу» twice for the same pair, day and kind is one meeting', () => {
    const w = school();
    w.addon.matchPairs();
    const pairs = w.addon.getProposedPairs() as { id: string }[];
    w.addon.decidePair(pairs[0]!.id, 'утверждена');
    const [h = [], first = []] = sheetValues(w.book, PAIRS.sheet)!;
    const meeting = { pairId: String(first[h.indexOf('ID пары / группы')]), date: '15.09.2025', type: 'встреча-знакомство' };
    w.addon.logMeeting(meeting);
    expect(w.addon.logMeeting(meeting)).toMatch(/уже записана/);
    expect(sheetValues(w.book, 'Встречи')!.length).toBe(2);
  });

  it('«Выгрузить данные участника…» twice gives the same sheet: an export never reads an earlier one', () => {
    const w = school();
    const exportOf = () => {
      w.world.log.answers.push({ button: 'OK', text: 'НЯ-0001' });
      w.addon.askExportParticipant();
      return sheetValues(w.book, 'Выгрузка НЯ-0001')!;
    };
    const first = exportOf();
    expect(exportOf()).toEqual(first);
  });

  it('a second regional report of the same period is made only after a YES', () => {
    const w = school();
    w.addon.createRoadmapSheet();
    w.world.log.answers.push({ button: 'OK', text: '' }); // the outgoing number: written by hand later
    w.addon.makeRegionalReport();
    const reports = () => w.world.drive.files.size;
    const made = reports();
    w.world.log.answers.push({ button: 'NO' });
    w.addon.makeRegionalReport();
    expect(w.world.log.alerts.at(-1)!.prompt).toMatch(/уже есть/);
    expect(reports()).toBe(made);
    w.world.log.answers.push({ button: 'YES' }, { button: 'OK' });
    w.addon.makeRegionalReport();
    expect(reports()).toBe(made + 1);
  });

  it('one phone format: a pupil answering the public form again with the phone written differently is not a second person', () => {
    const w = school();
    w.addon.createForms();
    w.addon.installFormTrigger();
    w.world.clock.advance(60_000);
    const form = w.world.forms.list().find((f) => f.title?.startsWith('Анкета наставляемого (обучающийся)'))!.title!;
    const answer = (phone: string) => w.world.forms.submit(form, {
      'Фамилия, имя, отчество': 'Орлова Мария Ильинична', 'Класс (например, 7Б)': '5А', 'ФИО родителя (законного представителя)': 'Орлов Илья',
      'Телефон родителя (законного представителя)': phone, 'Форма наставничества': 'Учитель – ученик',
      'С чем вам нужна помощь (ключевой запрос)': ['Выбрать профессию'], 'Когда вам удобно встречаться': ['Вторник'],
    });
    answer('+79175550404');
    w.world.clock.advance(60_000);
    answer('8 (917) 555-04-04');
    const names = sheetValues(w.book, 'Наставляемые')!.map((r) => r[1]);
    expect(names.filter((n) => n === 'Орлова Мария Ильинична')).toHaveLength(1);
    const row = sheetValues(w.book, 'Наставляемые')!.find((r) => r[1] === 'Орлова Мария Ильинична')!;
    expect(row).toContain('+7 917 555-04-04');
  });
});
