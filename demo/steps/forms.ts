/**
 * Questionnaires on the demo school: the curator creates the forms and switches on the answer
 * trigger; then part of the school answers through the forms (personal pre-filled links where
 * the person is already in a base): new pupils and teachers, parents' consents, preferences after
 * the group meeting, and in May the satisfaction survey and the exit self-assessment.
 */
import type { Answer } from '../../emulator/forms';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import type { FormLinks } from '../../src/domain/forms/links';
import type { FormKey } from '../../src/domain/forms/schema';
import { buildSpecs, specOf } from '../../src/domain/forms/specs';
import type { DemoContext } from './context';

type Ctx = DemoContext;

/** Question titles by key: they do not depend on the school, so any build of the specs gives them. */
const specs = buildSpecs({ school: '', schoolYear: '', forms: DEFAULT_FORMS });
const t = (form: FormKey, key: string) => specOf(specs, form).questions.find((q) => q.key === key)!.title;
const answersOf = (form: FormKey, byKey: Record<string, Answer | undefined>): Record<string, Answer> =>
  Object.fromEntries(Object.entries(byKey).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [t(form, k), v!]));

export function submitForms({ world, addon, sidebar, book, school }: Ctx): string[] {
  const count = (name: string) => Math.max(0, (book.getSheetByName(name)?.getLastRow() ?? 1) - 1);
  const before = { mentors: count('Наставники'), mentees: count('Наставляемые') };
  addon.createForms();
  addon.installFormTrigger();
  const created = world.log.toasts.at(-2)?.message ?? '';
  const links = sidebar.getFormLinks() as FormLinks;
  const formTitle = (key: FormKey) => {
    const url = links.forms.find((l) => l.key === key)!.url;
    return world.forms.list().find((f) => url.includes(f.publishedId))!.name;
  };
  const submit = (key: FormKey, answers: Record<string, Answer>) => world.forms.submit(formTitle(key), answers);
  const viaLink = (code: string, key: FormKey, answers: Record<string, Answer>) => {
    const link = links.people.find((p) => p.code === code)?.links.find((l) => l.key === key);
    if (link) world.forms.submit(formTitle(key), { ...world.forms.prefilled(link.url), ...answers });
  };

  // New pupils who want a mentor, and two new teachers.
  const known = new Set(links.people.map((p) => p.fullName));
  const newPupils = school.students.filter((p) => !known.has(p.fullName) && /^[5-8]/.test(p.grade)).slice(0, 8);
  newPupils.forEach((p, i) => submit('menteeStudent', answersOf('menteeStudent', {
    fullName: p.fullName, grade: p.grade, birthDate: p.birthDate, parentName: p.parentName, parentPhone: p.parentPhone,
    form: i % 3 === 0 ? 'Учитель – ученик' : 'Ученик – ученик',
    request: [['Повысить успеваемость по предмету', 'Стать увереннее в общении', 'Выбрать профессию'][i % 3]!],
    interests: ['шахматы', 'футбол, рисование', 'программирование', '=робототехника'][i % 4], time: ['Вторник', 'Четверг'],
    place: 'В школе',
  })));
  const newTeachers = school.teachers.filter((s) => !known.has(s.fullName)).slice(0, 2);
  newTeachers.forEach((s) => submit('menteeTeacher', answersOf('menteeTeacher', {
    fullName: s.fullName, position: 'учитель', subject: 'история', experience: '1', phone: '+7 917 555-77-0' + String(newTeachers.indexOf(s)),
    form: 'Учитель – учитель', request: ['Классное руководство', 'Работа с родителями'], time: ['Среда'], place: 'В школе',
  })));
  // Parents give the consent for their children who came through the form, by the personal links the
  // curator sends them (a consent without one would go to «На проверку»).
  const fresh = addon.getFormLinks() as FormLinks;
  newPupils.slice(0, 6).forEach((p) => {
    const link = fresh.people.find((x) => x.fullName === p.fullName)?.links.find((l) => l.key === 'consent');
    if (!link) return;
    world.forms.submit(formTitle('consent'), { ...world.forms.prefilled(link.url), ...answersOf('consent', {
      participantGrade: p.grade, consentBy: 'законный представитель', parentName: p.parentName,
      relation: p.parentRelation, parentPhone: p.parentPhone, decision: 'Даю согласие на обработку персональных данных', consentDate: '2025-09-15',
    }) });
  });

  // After the group meeting: mentees rank mentors of their form.
  addon.refreshPreferenceLists();
  const pref = world.forms.find(formTitle('preferencesMentee'));
  const mentees = links.people.filter((p) => p.base === 'mentees');
  let preferences = 0;
  for (const m of mentees.slice(0, 30)) {
    const lists = pref.items.filter((i) => i.kind === 'LIST');
    const form = lists.find((l) => l.choices.length > 2 && l.title.startsWith('Наставник: 1-й'))?.title.replace(/^.*\((.*)\)$/, '$1');
    if (!form) break;
    const choices = lists.filter((l) => l.title.endsWith(`(${form})`));
    const pick = (r: number) => choices[r]!.choices[(preferences + r * 2) % choices[r]!.choices.length]!.value;
    viaLink(m.code, 'preferencesMentee', { [t('preferencesMentee', 'form')]: form, [choices[0]!.title]: pick(0), [choices[1]!.title]: pick(1) });
    preferences++;
  }

  // Entry self-assessment in September, satisfaction and exit in May.
  const measured = mentees.slice(0, 40);
  const entryForm = world.forms.find(formTitle('entryExitMentee'));
  const params = entryForm.items.filter((i) => i.kind === 'SCALE').map((i) => i.title);
  // Each parameter starts at its own level and grows by its own amount (some not at all), so stage 2
  // of monitoring shows different statistics per parameter.
  const GROWTH = [3, 1, 2, 0, 2, 1, 3, 0, 2, 1];
  const entry = (i: number, j: number) => 2 + ((i + 2 * j) % 5);
  const exit = (i: number, j: number) => Math.max(1, Math.min(10, entry(i, j) + GROWTH[j % GROWTH.length]! + ((i * 7 + j * 5) % 5) - 2));
  measured.forEach((m, i) => viaLink(m.code, 'entryExitMentee', {
    [t('entryExitMentee', 'stage')]: 'входная', ...Object.fromEntries(params.map((p, j) => [p, entry(i, j)])),
  }));
  const september = world.clock.millis();
  world.clock.set('2026-05-12T15:00:00+03:00');
  measured.forEach((m, i) => viaLink(m.code, 'entryExitMentee', {
    [t('entryExitMentee', 'stage')]: 'итоговая', ...Object.fromEntries(params.map((p, j) => [p, exit(i, j)])),
  }));
  const satisfied = (key: 'satisfactionMentee' | 'satisfactionMentor', code: string, i: number) => {
    const form = world.forms.find(formTitle(key));
    viaLink(code, key, {
      ...Object.fromEntries(form.items.filter((q) => q.kind === 'SCALE').map((q, j) => [q.title, Math.min(10, 6 + ((i + j) % 5))])),
      ...Object.fromEntries(form.items.filter((q) => q.kind === 'MULTIPLE_CHOICE').map((q, j) => [q.title, (i + j) % 4 === 0 ? 'нет' : 'да'])),
      [t(key, 'valuable')]: ['Поддержка и советы', 'Совместные проекты', 'Уверенность в себе'][i % 3]!,
    });
  };
  measured.slice(0, 30).forEach((m, i) => satisfied('satisfactionMentee', m.code, i));
  links.people.filter((p) => p.base === 'mentors').slice(0, 15).forEach((m, i) => satisfied('satisfactionMentor', m.code, i));
  world.clock.set(september);

  const after = { mentors: count('Наставники'), mentees: count('Наставляемые') };
  return [
    `«Анкеты → Создать анкеты»: ${created}`,
    `Анкет: ${links.forms.length}; персональных ссылок: ${links.people.reduce((n, p) => n + p.links.length, 0)}.`,
    `Ответы через формы: новых наставляемых ${after.mentees - before.mentees}, наставников ${after.mentors - before.mentors}; ` +
      `согласий от родителей — ${Math.min(6, newPupils.length)}.`,
    `Предпочтения: ${count('Предпочтения')} выборов; удовлетворённость: ${count('Удовлетворённость')} ответов; ` +
      `входная и итоговая: ${count('Входная и итоговая')} оценок.`,
    `«Журнал»: ${count('Журнал')} записей; сбоев триггера: ${world.forms.failures.length}.`,
  ];
}
