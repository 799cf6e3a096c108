/** The seven stages of the roadmap (DOMAIN.md «The roadmap»), in order: the sidebar shows them, the roadmap numbers its rows by them. */
export const STAGES = [
  'Подготовка условий для запуска программы наставничества',
  'Формирование базы наставляемых',
  'Формирование базы наставников',
  'Отбор и обучение наставников',
  'Формирование наставнических пар / групп',
  'Организация работы наставнических пар / групп',
  'Завершение наставничества',
] as const;
