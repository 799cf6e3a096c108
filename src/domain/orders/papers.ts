/**
 * Templates of the documents that are not orders: the roadmap as a Doc (appendix 3 of the approval
 * order), information to the municipal body (seed 002), letters of thanks to mentors, partner
 * organisations (seed 004) and parents of pupil mentors (seed 001 §8), individual plans with their
 * approval lines, agreements between mentor, mentee and parents (seed 000), «Лучший наставник»
 * certificates (seed 001 §8).
 * Built into Texts.html, not Code.js (domain/texts.ts): the build fails if the server imports it.
 */
import { approvalMark, blank, dateLine, grid, heading, p, signatureLine, text } from './blocks';
import type { DocKind } from './kinds';
import { FIELD, SET, TAG } from './messages';
import { tag, type Block } from './model';

const t = (k: keyof typeof TAG) => tag(TAG[k]);

export const PAPER_TEXT = {
  roadmapHeader: ['№', 'Этап, мероприятие', 'Сроки', 'Ответственный', 'Результат / документ'],
  infoHeader: ['№ п/п', 'Наставник (ФИО, должность)', 'Наставляемый', 'Форма наставничества', 'Срок'],
  infoCountHeader: ['Категория участников', 'Человек'],
  outgoing: `Исх. № ${tag(TAG.number)}`,
  minorNote: 'Персональные данные несовершеннолетних участников не передаются: указаны только класс и роль.',
  letterTitle: 'БЛАГОДАРСТВЕННОЕ ПИСЬМО',
  letterBody: `Администрация ${tag(TAG.orgShort)} выражает Вам искреннюю благодарность за работу наставника в ${tag(TAG.year)} учебном году (форма наставничества ${tag(TAG.form)}), за терпение, поддержку и личный пример.`,
  partnerBody: `Администрация ${tag(TAG.orgShort)} выражает искреннюю благодарность ${tag(TAG.partner)} за участие в программе наставничества в ${tag(TAG.year)} учебном году: ${tag(TAG.thanks)}. Благодарим за открытость, профессионализм и вклад в профессиональное самоопределение наших обучающихся и надеемся на продолжение сотрудничества.`,
  parentBody: `Администрация ${tag(TAG.orgShort)} выражает Вам искреннюю благодарность за воспитание ${tag(TAG.son)}, ${tag(TAG.mentor)}, ${tag(TAG.thanks)} в ${tag(TAG.year)} учебном году. Отзывчивость, ответственность и желание помочь другим делают честь Вашей семье.`,
  planTitle: 'ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ',
  planSubtitle: 'наставляемого (персонализированная программа наставничества)',
  planLines: [
    `Наставник: ${tag(TAG.mentor)}`,
    `Наставляемый: ${tag(TAG.mentee)}`,
    `Форма наставничества: ${tag(TAG.form)}; ролевая модель: ${tag(TAG.roleModel)}`,
    `Срок реализации: ${tag(TAG.period)}`,
  ],
  planHeader: ['№', 'Задача', 'Срок', 'Ожидаемый результат', 'Отметка о выполнении'],
  planAgreed: 'Согласовано:',
  agreementTitle: 'СОГЛАШЕНИЕ',
  agreementSubtitle: 'о сотрудничестве в наставнической паре',
  agreementParties: `${tag(TAG.org)} (далее — организация) в лице ${tag(TAG.directorPosition)} ${tag(TAG.directorFull)}, наставник ${tag(TAG.mentor)}, наставляемый ${tag(TAG.mentee)}${tag(TAG.parent)} заключили настоящее соглашение о нижеследующем.`,
  agreementItems: [
    `1. Предмет соглашения — совместная работа наставника и наставляемого по индивидуальному плану в рамках программы наставничества организации (форма наставничества ${tag(TAG.form)}) в срок: ${tag(TAG.period)}.`,
    '2. Наставник обязуется: составить с наставляемым индивидуальный план в течение месяца; проводить встречи не реже двух раз в месяц; оказывать наставляемому поддержку, не допуская вреда его интересам; соблюдать конфиденциальность сведений о наставляемом.',
    '3. Наставляемый обязуется: выполнять задачи индивидуального плана в установленные сроки; посещать встречи; участвовать в анкетировании по программе наставничества.',
    '4. Законный представитель несовершеннолетнего наставляемого (наставника) даёт согласие на его участие в программе наставничества и обязуется содействовать выполнению индивидуального плана.',
    '5. Организация обеспечивает условия для встреч пары, методическое сопровождение куратора и обработку персональных данных участников только с их письменного согласия (за несовершеннолетних — согласия законных представителей).',
    '6. Соглашение может быть расторгнуто по инициативе любой из сторон по уважительной причине с уведомлением куратора; срок работы пары может быть продлён по обоюдному согласию.',
  ],
  agreementSignHeader: ['Сторона', 'ФИО', 'Подпись'],
  certificateTitle: 'ГРАМОТА',
  certificateGiven: 'награждается',
  certificateTitle2: '«Лучший наставник»',
  certificateFor: `за высокие результаты наставнической деятельности ${tag(TAG.thanks)} в ${tag(TAG.year)} учебном году`,
  infoIntro: `${tag(TAG.org)} направляет информацию о наставниках и наставляемых, участвующих в программе наставничества в ${tag(TAG.year)} учебном году, по состоянию на ${tag(TAG.date)}`,
};

/** The place and date under a letter, and the director's signature line. */
const closing = (): Block[] => [blank(), signatureLine(), blank(), p(`${t('place')}, ${t('date')}`)];

const letter = (to: string, address: string, body: string): Block[] => [
  heading(t('org')),
  blank(),
  p(PAPER_TEXT.letterTitle, { align: 'center', bold: true, size: 'large' }),
  blank(),
  p(to, { align: 'center', bold: true }),
  blank(),
  p(address, { align: 'center' }),
  blank(),
  text(body),
  ...closing(),
];

function planTemplate(): Block[] {
  const sign = (who: string, name: string): Block => ({ kind: 'table', grid: false, rows: [[who, '____________', name]], widths: [0.4, 0.25, 0.35], align: ['left', 'left', 'right'] });
  return [
    heading(t('org')),
    blank(),
    p(PAPER_TEXT.planTitle, { align: 'center', bold: true, size: 'large' }),
    p(PAPER_TEXT.planSubtitle, { align: 'center' }),
    blank(),
    ...PAPER_TEXT.planLines.map((l) => p(l)),
    blank(),
    grid(PAPER_TEXT.planHeader, SET.step, [FIELD.n, FIELD.content, FIELD.when, FIELD.result, FIELD.done]),
    blank(),
    p(PAPER_TEXT.planAgreed),
    // Who signs: the mentor, the mentee (or the parent of a minor), the curator — rows filled per pair.
    { kind: 'table', grid: false, rows: [[tag(SET.person, FIELD.role), '____________', tag(SET.person, FIELD.name)]], widths: [0.4, 0.25, 0.35], align: ['left', 'left', 'right'] },
    blank(),
    sign('Куратор', t('curatorShort')),
  ];
}

export function papersTemplate(kind: DocKind): Block[] {
  switch (kind) {
    case 'roadmap':
      return [approvalMark(), blank(), heading('ДОРОЖНАЯ КАРТА'), heading(`(план мероприятий) по реализации программы наставничества ${t('orgShort')} на ${t('year')} учебный год`), blank(),
        grid(PAPER_TEXT.roadmapHeader, SET.row, [FIELD.n, FIELD.content, FIELD.when, FIELD.who, FIELD.result])];
    case 'municipalInfo':
      return [
        heading(t('org')), p(t('address'), { align: 'center', size: 'small' }), blank(),
        dateLine(PAPER_TEXT.outgoing),
        blank(),
        { kind: 'table', grid: false, rows: [['', t('municipal')]], widths: [0.5, 0.5], align: ['left', 'left'] },
        blank(),
        p('Информация о наставниках и наставляемых', { align: 'center', bold: true }),
        blank(),
        text(PAPER_TEXT.infoIntro),
        blank(),
        grid(PAPER_TEXT.infoCountHeader, SET.stage, [FIELD.category, FIELD.count]),
        blank(),
        grid(PAPER_TEXT.infoHeader, SET.pair, [FIELD.n, FIELD.mentor, FIELD.mentee, FIELD.form, FIELD.period]),
        p(PAPER_TEXT.minorNote, { size: 'small' }),
        blank(), blank(), signatureLine(),
        p(`Исполнитель: ${t('curator')}`, { size: 'small' }),
      ];
    case 'letter':
      return letter(t('toWhom'), `${t('dear')} ${t('address2')}!`, PAPER_TEXT.letterBody);
    case 'partnerLetter':
      return letter(t('toWhom'), `${t('dear')} ${t('address2')}!`, PAPER_TEXT.partnerBody);
    case 'parentLetter':
      return letter(t('toWhom'), `${t('dear')} ${t('address2')}!`, PAPER_TEXT.parentBody);
    case 'plan':
      return planTemplate();
    case 'agreement':
      return [
        heading(PAPER_TEXT.agreementTitle), p(PAPER_TEXT.agreementSubtitle, { align: 'center', bold: true }), blank(),
        dateLine(t('place')),
        blank(),
        text(PAPER_TEXT.agreementParties),
        ...PAPER_TEXT.agreementItems.map(text),
        blank(),
        grid(PAPER_TEXT.agreementSignHeader, SET.person, [FIELD.role, FIELD.name, FIELD.done]),
      ];
    case 'certificate':
      return [
        heading(t('org')), blank(), blank(),
        p(PAPER_TEXT.certificateTitle, { align: 'center', bold: true, size: 'large' }),
        p(PAPER_TEXT.certificateTitle2, { align: 'center', bold: true }),
        blank(),
        p(PAPER_TEXT.certificateGiven, { align: 'center' }),
        blank(),
        p(t('mentor'), { align: 'center', bold: true, size: 'large' }),
        p(t('toWhom'), { align: 'center' }),
        blank(),
        p(PAPER_TEXT.certificateFor, { align: 'center' }),
        ...closing(),
      ];
    default:
      throw new RangeError(`not a paper: ${kind}`);
  }
}
