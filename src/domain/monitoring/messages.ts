/** Every Russian text of monitoring, the scorecard, the target indicators and the report. */

const pct = (share: number) => `${Math.round(share * 100)}%`;
/** 3.14159 → '3,14'; 2.5 → '2,5' (Russian decimal comma, no trailing zeros). */
export const num = (v: number, digits = 2) => String(Math.round(v * 10 ** digits) / 10 ** digits).replace('.', ',');
export const pValue = (p: number) => (p < 0.001 ? 'p < 0,001' : `p = ${num(p, 3)}`);

export const MONITORING = {
  menu: {
    group: 'Мониторинг',
    run: 'Обновить мониторинг и показатели',
    report: 'Отчёт в региональный центр',
  },
  sheets: {
    monitoring: 'Мониторинг',
    swot: 'SWOT',
    scorecard: 'Оценка эффективности',
    kpis: 'Показатели',
    report: 'Отчёт',
    meetings: 'Встречи',
  },
  done: (answers: number, measured: number, charts: number) =>
    `Мониторинг обновлён: ответов об удовлетворённости — ${answers}, участников с входным и итоговым измерением — ${measured}, диаграмм — ${charts}.`,
  noData: 'Нет ни ответов анкеты удовлетворённости, ни входных и итоговых измерений: листы мониторинга заполнены пустыми таблицами.',
  missingSheet: (name: string) => `Лист «${name}» не найден — его данные не учтены.`,
  missingColumns: (name: string, headers: string[]) => `На листе «${name}» нет столбцов: ${headers.map((h) => `«${h}»`).join(', ')}.`,
  reportDone: (title: string) => `Отчёт готов: «${title}».`,
  reportAgain: (title: string, url: string) => `Отчёт «${title}» уже есть:\n${url}\nСделать ещё один?`,
  reportExists: (title: string, url: string) => `Отчёт «${title}» уже есть: ${url}. Второй за этот период делается из меню «Мониторинг» после подтверждения.`,
  reportCancelled: 'Второй отчёт не создан.',
  reportAsSheet: 'Отчёт сформирован на листе «Отчёт».',
};

export const STAGE1 = {
  title: 'Этап 1. Качество реализации программы (анкета удовлетворённости)',
  threshold: (share: number) => `Удовлетворённым считается ответ не ниже ${pct(share)} от максимума шкалы (порог задаётся в «Настройках»).`,
  headers: ['Вопрос', 'Форма наставничества', 'n', 'Среднее', 'Медиана', 'Шкала', 'Доля удовлетворённых', 'Распределение ответов'],
  allForms: 'Все формы',
  distribution: (counts: number[]) => counts.map((c, i) => `${i + 1}: ${c}`).filter((_, i) => counts[i]! > 0).join('; '),
  strongest: 'Сильные стороны (наибольшие средние оценки)',
  weakest: 'Слабые стороны (наименьшие средние оценки)',
  point: (q: string, mean: number, scale: number, satisfied: number, n: number) =>
    `«${q}»: средний балл ${num(mean)} из ${scale}, удовлетворены ${pct(satisfied)} (n = ${n})`,
  open: (n: number) => `Текстовых ответов (открытые вопросы): ${n} — они не входят в расчёты, прочитайте их на листе анкеты.`,
  chartData: 'Распределение всех оценок',
  chartHeaders: ['Оценка', 'Число ответов'],
  none: 'Ответов анкеты удовлетворённости пока нет.',
};

export const STAGE2 = {
  title: 'Этап 2. Рост участников (входное и итоговое измерение)',
  headers: ['Параметр', 'Среднее на входе', 'Среднее на выходе', 'Роль', 'n (оба измерения)', 'Только входное', 'Только итоговое',
    'Медиана изменения', 'W+', 'W−', 'Z', 'p', 'Метод', 'Размер эффекта r', 'Вывод'],
  method: { exact: 'точный', normal: 'нормальное приближение' } as const,
  verdict: {
    better: 'значимое улучшение',
    worse: 'значимое ухудшение',
    none: 'изменение не значимо',
    tooFew: 'мало данных для вывода',
  } as const,
  effect: (r: number) => (r >= 0.5 ? 'большой эффект' : r >= 0.3 ? 'средний эффект' : r >= 0.1 ? 'малый эффект' : 'эффект пренебрежимо мал'),
  describe: (parameter: string, verdict: string, p: number, r: number, n: number, effect: string) =>
    `«${parameter}»: ${verdict} (${pValue(p)}, r = ${num(r)} — ${effect}, n = ${n}).`,
  tooFew: (parameter: string, n: number) => `«${parameter}»: ${n} чел. с обоими измерениями — мало данных для вывода.`,
  onlyOne: (n: number) => `Участников только с одним измерением (входным или итоговым): ${n} — они учтены в таблице и не участвуют в сравнении.`,
  note: 'Критерий знаковых рангов Уилкоксона для связанных выборок (двусторонний, уровень значимости 0,05); большее значение параметра считается лучшим.',
  correlations: 'Связь прироста с удовлетворённостью и числом встреч (ранговая корреляция Спирмена)',
  correlationHeaders: ['Связь', 'n', 'ρ Спирмена', 'p', 'Вывод'],
  withSatisfaction: 'Прирост — удовлетворённость',
  withMeetings: 'Прирост — число встреч',
  noMeetings: 'Нет листа «Встречи» — связь с числом встреч не оценивается.',
  correlation: (rho: number | null, p: number | null) =>
    rho === null || p === null ? 'нельзя оценить (меньше 3 участников или одинаковые значения)'
      : p < 0.05 ? `значимая ${rho > 0 ? 'положительная' : 'отрицательная'} связь` : 'связь не значима',
  none: 'Входных и итоговых измерений пока нет.',
  chartTitle: 'Среднее значение параметров на входе и на выходе',
};

export const SWOT = {
  headers: ['Раздел', 'Пункт', 'Источник'],
  strengths: 'Сильные стороны (S)',
  weaknesses: 'Слабые стороны (W)',
  opportunities: 'Возможности (O)',
  threats: 'Угрозы (T)',
  measured: 'мониторинг, этап 1',
  curatorHint: 'заполняет куратор',
  note: 'Сильные и слабые стороны добавлены по ответам анкет; возможности и угрозы впишите сами. Повторный запуск не меняет ваш текст.',
};

export const SCORECARD_TEXT = {
  headers: ['Учебный год', 'Критерий', '№', 'Показатель', 'Оценка (2/1/0)', 'Предложение', 'Обоснование'],
  summaryHeaders: ['Учебный год', 'Итого баллов', 'Из', 'Уровень'],
  level: { optimal: 'оптимальный уровень', acceptable: 'допустимый уровень', unacceptable: 'недопустимый уровень' } as const,
  incomplete: (left: number) => `оцените все показатели (осталось ${left})`,
  noSuggestion: 'данных в таблице нет — оцените сами',
  help: 'Выберите 2 — проявляется в полной мере, 1 — частично, 0 — не проявляется.',
  scale: '15–18 баллов — оптимальный уровень; 9–14 — допустимый; 0–8 — недопустимый.',
  chartTitle: 'Итоговый балл оценки эффективности по годам',
};

export const SUGGEST = {
  targets: (met: number, of: number) => `достигнуто целевых показателей: ${met} из ${of} (лист «Показатели»)`,
  climate: (share: number, n: number) => `вопросы о климате и комфорте: удовлетворены ${pct(share)} ответов (n = ${n})`,
  satisfied: (share: number, n: number, threshold: number) =>
    `удовлетворены ${pct(share)} опрошенных участников (n = ${n}, средняя оценка не ниже ${pct(threshold)} шкалы)`,
  partners: (share: number, n: number) => `удовлетворены ${pct(share)} опрошенных в форме «Работодатель – ученик» (n = ${n})`,
  growth: (better: number, worse: number, of: number) =>
    `значимое улучшение по ${better} из ${of} параметров${worse ? `, ухудшение — по ${worse}` : ''} (этап 2)`,
};

export const KPI_TEXT = {
  headers: ['Показатель', 'Факт, %', 'Цель, %', 'Учебный год', 'Статус', 'Расчёт'],
  status: { met: 'достигнут', notMet: 'не достигнут', noData: 'нет данных' } as const,
  basis: (count: number, of: number | null) => (of === null ? 'нет знаменателя' : `${count} из ${of}`),
  defaultTarget: ' (цель по умолчанию — задайте её в «Настройках»)',
  note: 'Участники считаются в утверждённых и завершённых парах, каждый один раз. Численность обучающихся, педагогов, молодых специалистов и предприятий-партнёров — из «Настроек»; каждый представитель предприятия считается отдельным предприятием.',
  chartTitle: 'Показатели: факт и цель, %',
};

export const REPORT = {
  title: 'Информация о ходе и итогах реализации программы наставничества',
  to: 'в региональный наставнический центр',
  period: (date: string, year: string) => `по состоянию на ${date} (${year} учебный год)`,
  pairs: 'Наставнические пары и группы по формам наставничества',
  pairsHeaders: ['Форма наставничества', 'Пар (утверждённых и завершённых)', 'Наставников', 'Наставляемых'],
  coverage: 'Целевые показатели',
  satisfaction: 'Удовлетворённость участников (этап 1 мониторинга)',
  growth: 'Рост участников (этап 2 мониторинга)',
  scorecard: 'Оценка эффективности программы',
  scorecardLine: (total: number, max: number, level: string) => `Итого ${total} из ${max} баллов: ${level}.`,
  roadmap: 'Дорожная карта: выполненные мероприятия',
  roadmapNone: 'Лист «Дорожная карта» не найден или в нём нет отметок о выполнении.',
  roadmapLine: (done: number, all: number) => `Выполнено мероприятий: ${done} из ${all}.`,
  curator: (name: string) => `Куратор программы: ${name}`,
  noForm: 'форма не указана',
};

/** Headline figures for the sidebar. */
export const HEADLINE = {
  satisfied: 'Удовлетворены участием',
  improved: 'Параметров со значимым улучшением',
  scorecard: 'Оценка эффективности',
  targets: 'Целевых показателей достигнуто',
};
