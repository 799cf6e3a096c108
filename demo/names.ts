/**
 * Name data for the demo school: Russian surnames, first names and patronymics with correct gender
 * forms (Смирнов/Смирнова, Сергеевич/Сергеевна), including «ё» names and a few non-Slavic families
 * common in Russia. Plain data and pure helpers, no randomness here.
 */

export type Gender = 'male' | 'female';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Surnames in the masculine form; `femaleSurname` derives the feminine one. */
export const SURNAMES_RU = words(`
  Смирнов Иванов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв
  Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев
  Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев
  Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв
  Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков Цветков
  Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов Федотов Егоров
  Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев Никифоров Веселов Филиппов
  Марков Суханов Миронов Ширяев Александров Коновалов Шестаков Казаков Ефимов Денисов Громов Фомин
  Давыдов Мельников Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов Исаков Тихонов
  Аксёнов Гаврилов Родионов Котов Горбунов Быков Зуев Третьяков Савельев Панов Рыбаков Суворов
  Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Горшков Чернов Овчинников Селезнёв
  Панфилов Михеев Галкин Назаров Лобанов Лукин Потапов Некрасов Жданов Наумов Воронцов Ермаков
  Дроздов Игнатьев Савин Логинов Сафонов Кириллов Моисеев Елисеев Костин Горбачёв Орехов Ефремов
  Исаев Евдокимов Калашников Носков Юдин Кулагин Лапин Прохоров Нестеров Харитонов Муравьёв
  Ларионов Зимин Пахомов Шубин Филатов Крюков Рогов Молчанов Гришин Симонов Фадеев Носов Шаров
  Устинов Вишняков Брагин Корнилов Авдеев Бирюков Щукин Одинцов Сазонов Гордеев Самойлов Князев
  Уваров Бобылёв Доронин Белозёров Рожков Лихачёв Субботин Фокин Кондратьев Покровский Вишневский
  Успенский Троицкий Островский Рождественский Толстой Заречный Черных Седых Бондаренко Шевченко
`);

/** Families with Tatar, Caucasian or Central Asian names (first names from the EAST_* lists). */
export const SURNAMES_EAST = words('Гусейнов Ахмедов Алиев Мамедов Хасанов Сафин Галиев Зарипов Юсупов Ибрагимов Каримов Абдуллаев');
/** Korean families in Russia: Russian first names, a surname that does not change with gender. */
export const SURNAMES_KOREAN = words('Ким Пак Цой Тен');

/** Pupils' first names (born 2007–2019). */
export const CHILD_MALE = words(`
  Александр Максим Артём Михаил Иван Даниил Дмитрий Кирилл Андрей Егор Никита Илья Алексей Матвей
  Тимофей Роман Владимир Ярослав Фёдор Георгий Константин Лев Марк Глеб Степан Арсений Платон Семён
  Пётр Савелий Мирон Денис Сергей Павел Николай Вадим Всеволод
`);
export const CHILD_FEMALE = words(`
  Анастасия Мария Анна Виктория Екатерина Полина Алиса Елизавета Дарья Александра Ксения Софья
  Варвара Вероника Арина Милана Ульяна Алёна Валерия Ева Кира Василиса Таисия Есения Диана Злата
  Маргарита Ольга Юлия Ангелина Карина Кристина Милена Ярослава Надежда Майя
`);
/** Adults: teachers, parents, representatives of enterprises. */
export const ADULT_MALE = words(`
  Александр Сергей Андрей Дмитрий Алексей Игорь Владимир Михаил Николай Евгений Олег Павел Виктор
  Юрий Константин Денис Роман Артём Максим Илья Антон Вадим Виталий Кирилл Пётр Фёдор Иван Станислав
`);
export const ADULT_FEMALE = words(`
  Елена Ольга Наталья Татьяна Ирина Светлана Марина Юлия Анна Екатерина Галина Людмила Надежда
  Валентина Оксана Алёна Лариса Вера Любовь Нина Евгения Жанна Инна Дарья Ксения Анастасия Полина
  Алина Виктория Мария Лидия Тамара Маргарита Яна
`);
/** First names of the fathers of today's pupils (their children's patronymics come from these). */
export const FATHERS = words(`
  Александр Алексей Андрей Антон Артём Денис Дмитрий Евгений Иван Игорь Илья Кирилл Константин
  Максим Михаил Николай Олег Павел Роман Сергей Владимир Виталий Вячеслав Юрий Пётр Фёдор
  Станислав Егор Никита Василий Вадим Семён Георгий
`);
/** First names of the fathers of today's adults (patronymics of teachers and parents). */
export const GRANDFATHERS = words(`
  Виктор Владимир Геннадий Анатолий Борис Валерий Николай Михаил Юрий Пётр Семён Григорий Леонид
  Иван Александр Сергей Василий Алексей Евгений Игорь Владислав Аркадий Станислав Вячеслав Валентин
  Фёдор Степан Дмитрий Андрей Павел Константин Олег Лев
`);

export const EAST_CHILD_MALE = words('Тимур Руслан Эльдар Амир Карим Рамиль Данияр Артур Ислам Марат');
export const EAST_CHILD_FEMALE = words('Амина Лейла Камила Диляра Самира Алина Эльвира Аделина Сабина Ясмина');
export const EAST_ADULT_MALE = words('Рашид Ильдар Марат Ринат Руслан Тимур Рустам Эльдар Азат Фарид Ренат');
export const EAST_ADULT_FEMALE = words('Гульнара Эльвира Зарина Алсу Лиана Гузель Лейла Диана Альбина');

/** Patronymics whose form the rules below would get wrong. */
const PATRONYMIC_EXCEPTIONS: Record<string, [string, string]> = {
  Михаил: ['Михайлович', 'Михайловна'],
  Павел: ['Павлович', 'Павловна'],
  Пётр: ['Петрович', 'Петровна'],
  Лев: ['Львович', 'Львовна'],
  Илья: ['Ильич', 'Ильинична'],
  Никита: ['Никитич', 'Никитична'],
};

const CONSONANTS = 'бвгджзклмнпрстфхцчшщ';

/** The patronymic from a father's first name: Сергей → Сергеевич / Сергеевна, Дмитрий → Дмитриевич. */
export function patronymic(father: string, gender: Gender): string {
  const i = gender === 'male' ? 0 : 1;
  const exception = PATRONYMIC_EXCEPTIONS[father];
  if (exception) return exception[i];
  const end = i === 0 ? 'вич' : 'вна';
  if (father.endsWith('ий')) {
    const stem = father.slice(0, -2);
    const twoConsonants = [...stem.slice(-2)].every((ch) => CONSONANTS.includes(ch));
    return `${stem}${twoConsonants ? 'ие' : 'ье'}${end}`; // Дмитриевич, Юрьевич
  }
  if (father.endsWith('й')) return `${father.slice(0, -1)}е${end}`; // Сергеевич, Николаевич
  if (father.endsWith('ь')) return `${father.slice(0, -1)}е${end}`; // Игоревич
  return `${father}о${end}`; // Иванович, Артёмович
}

/** The feminine form of a surname: Смирнов → Смирнова, Троицкий → Троицкая, Ким → Ким. */
export function femaleSurname(surname: string): string {
  if (surname.includes('-')) return surname.split('-').map(femaleSurname).join('-');
  if (SURNAMES_KOREAN.includes(surname)) return surname; // Цой, not «Цая»
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (/(ой|ый)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname; // Черных, Шевченко, Ким
}

export const surnameFor = (male: string, gender: Gender): string => (gender === 'male' ? male : femaleSurname(male));

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters for e-mail addresses: Фёдорова → fedorova. */
export const translit = (text: string): string =>
  [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');

/** Genitive-like «по …» forms of school subjects, for olympiads and requests. */
export const SUBJECT_DATIVE: Record<string, string> = {
  'математика': 'математике',
  'русский язык': 'русскому языку',
  'литература': 'литературе',
  'английский язык': 'английскому языку',
  'физика': 'физике',
  'химия': 'химии',
  'биология': 'биологии',
  'информатика': 'информатике',
  'история': 'истории',
  'обществознание': 'обществознанию',
  'география': 'географии',
};
