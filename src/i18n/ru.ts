/**
 * Russian UI strings. The keys are those of the source dictionary (ka.ts);
 * `{language}` and the other language placeholders take the names in the
 * prepositional case, as after "на … языке" (src/lib/locales.ts).
 */
import type { PageTypeWords, UiStrings } from './index.ts';

export const ru = {
  'site.name': 'Программы сотрудничества ЕС в области миграции',
  'site.description':
    'Информация о программах сотрудничества в области миграции: «Партнёрство для мобильности» между ЕС и Грузией и EUROMED Migration IV.',

  'a11y.skipToContent': 'Перейти к основному содержанию',
  'a11y.opensExternal': '(внешний сайт)',

  'nav.label': 'Главное меню',
  'nav.home': 'Главная',
  'nav.about': 'О сайте',
  'breadcrumbs.label': 'Навигационная цепочка',

  'language.label': 'Язык',

  'theme.dark': 'Тёмная тема',
  'suggestion.label': 'Предложение другого языка',
  'suggestion.message': 'Эта страница есть и на {language} языке.',
  'suggestion.link': 'Читать на {language} языке',
  'suggestion.dismiss': 'Закрыть',

  'home.title': 'Программы сотрудничества ЕС в области миграции',
  'home.lead':
    'Собранная в одном месте информация о двух программах сотрудничества в области миграции: инициативе Европейского союза и Грузии «Партнёрство для мобильности» и финансируемом ЕС проекте EUROMED Migration IV для государств — членов ЕС и южных стран-партнёров Европейского инструмента соседства. У каждого факта указан источник.',
  'home.aboutHeading': 'Откуда эта информация',
  'home.aboutText':
    'Описания программ основаны на официальных источниках. На странице «О сайте» указаны источники информации и рассказано, как мы обеспечиваем доступность сайта.',

  'home.aboutLink': 'О сайте',

  'programmes.count': 'Всего программ: {count}',


  'status.label': 'Статус',
  'status.active': 'Действует',
  'status.completed': 'Завершена',

  'facts.heading': 'Основные сведения о программе',
  'facts.shortName': 'Краткое название',
  'facts.fundedBy': 'Финансирование',
  'facts.implementedBy': 'Исполнитель',
  'facts.partners': 'Партнёры',
  'facts.period': 'Сроки',
  'facts.since': 'с {date} по настоящее время',
  'facts.status': 'Статус',
  'facts.website': 'Официальный сайт',
  'timeline.heading': 'Основные даты',

  'source.label': 'Источник',
  'feed.title': 'Программы сотрудничества ЕС в области миграции: обновления страниц',
  'feed.subtitle': 'Новые и обновлённые страницы сайта на {language} языке.',
  'moreInfo.label': 'Дополнительная информация',
  'moreInfo.text': 'Подробнее см.',

  'outdated.notice': 'Этот перевод может быть устаревшим: после перевода в оригинал вносились изменения.',
  'outdated.link': 'Читать оригинал',
  'fallback.notice': 'Перевода этой страницы пока нет. Ниже приведён оригинал на {original} языке.',

  'footer.sourcesNote': 'Описания программ основаны на официальных источниках, указанных на странице каждой программы.',
  'footer.about': 'О сайте, источниках информации, доступности и защите персональных данных',

  'search.fieldLabel': 'Поиск по сайту',
  'search.submit': 'Найти',
  'search.title': 'Поиск',
  'search.description': 'Поиск информации о программах сотрудничества в области миграции на {languages} языках.',
  'search.hint': 'Вводите запрос на {anyLanguage} языке; на {transliterated} — в любой грамматической форме, а также латиницей (например, migracia).',
  'search.withoutScript': 'Для поиска нужен JavaScript, а в этом браузере он отключён или не работает. Все страницы сайта по алфавиту:',
  'search.loading': 'Идёт поиск…',
  'search.results.one': 'Найдено результатов: {count}',
  'search.results.other': 'Найдено результатов: {count}',
  'search.noResults': 'По запросу «{query}» ничего не найдено.',
  'search.more': 'Показать ещё результаты',
  'search.partial': 'Ни на одной странице нет всех слов запроса; страницы, где их больше всего:',
  'search.tooShort': 'Введите слово не короче двух букв.',
  'search.nothingToSearch': 'В запросе нет ни букв, ни цифр. Введите слово.',
  'search.truncated': 'Запрос слишком длинный, поэтому поиск выполнен только по его началу.',
  'search.tryOtherLanguage': 'Тот же поиск по страницам на {language} языке: найдено {count}',
  'search.inOtherLanguage': 'На {language} языке',
  'search.error': 'Не удалось загрузить поиск. Обновите страницу или воспользуйтесь картой сайта.',

  'redirect.title': 'Страница перенесена',
  'redirect.link': 'Перейти по новому адресу',

  'notFound.title': 'Страница не найдена',
  'notFound.description': 'По запрошенному адресу страницы нет.',
  'notFound.lead': 'По этому адресу страницы нет. Возможно, ссылка устарела или адрес набран с ошибкой.',
  'notFound.tryHeading': 'Полезные ссылки',
  'notFound.home': 'Главная страница',
  'notFound.programmes': 'Список программ',
  'notFound.about': 'О сайте',

  // Sourced facts, page history and corrections.
  'facts.budget': 'Бюджет',
  'status.asOf': 'по состоянию на',
  'notes.heading': 'Источники',
  'notes.ref': 'Источник {n}',
  'notes.copy': 'Текст этой страницы',
  'notes.accessed': 'дата обращения:',
  'inBrief.heading': 'Кратко',
  'page.informationAsOf': 'Информация приведена по состоянию на',
  'history.lastChanged': 'Последнее существенное изменение:',
  'history.summary': 'Все изменения ({count})',
  'corrections.heading': 'Исправления в исходных текстах',
  'corrections.intro':
    'Страницы программ дословно воспроизводят исходные тексты на {original} языке. Ниже перечислены все исправления, внесённые в эти тексты, и их причины; страницы на {language} языке переводят исправленный текст.',
  'corrections.original': 'В исходном тексте',
  'corrections.corrected': 'Исправлено',
  'corrections.why': 'Причина',
  'notFound.siteIndex': 'Карта сайта: все страницы',

  'siteIndex.title': 'Карта сайта',
  'siteIndex.description': 'Все страницы сайта по алфавиту, по видам: заголовок, краткое описание и ссылка.',
  'siteIndex.lead': 'Все страницы сайта по алфавиту, сгруппированные по видам.',
  'siteIndex.pages': 'Страницы карты сайта',
  'siteIndex.pageOf': 'Страница {page} из {pages}',
  'siteIndex.previous': 'Предыдущая страница',
  'siteIndex.next': 'Следующая страница',
  'siteIndex.continued': '(продолжение)',

  'publisher.preview': 'Предварительная версия: издатель сайта ещё не подтверждён.',
  'publisher.heading': 'Издатель и контакты',
  'publisher.name': 'Издатель',
  'publisher.email': 'Электронная почта',
  'publisher.address': 'Почтовый адрес',
  'publisher.notConfirmed': 'Ещё не подтверждено',
  'footer.contact': 'Контакты',
  'footer.siteIndex': 'Карта сайта',
} as const satisfies UiStrings;

/**
 * The page types' words in Russian. A type keeps its words in its own folder
 * (src/page-types/<type>/) for the languages it was written in; a language
 * added later brings the words for every type here, in its own dictionary.
 */
export const ruPageTypes = {
  programme: {
    strings: { searchLabel: 'Программа', indexGroup: 'Программы' },
    list: {
      title: 'Программы',
      description: 'Программы сотрудничества в области миграции: цели, партнёры, сроки и статус.',
      lead: 'Текущие и завершённые программы сотрудничества в области миграции.',
      nav: 'Программы',
      browse: 'Все программы',
    },
    home: { heading: 'Программы', all: 'Все программы' },
    filterLegend: 'По программе',
  },
  page: {
    strings: { searchLabel: 'Информационная страница', indexGroup: 'Информационные страницы' },
  },
  term: {
    strings: { searchLabel: 'Термин глоссария', indexGroup: 'Глоссарий' },
    list: {
      title: 'Глоссарий',
      description: 'Термины миграции, которые используются на сайте: краткое определение, источник и связанные термины.',
      lead: 'Термины миграции в алфавитном порядке, каждый с кратким определением и источником.',
      nav: 'Глоссарий',
      browse: 'Все термины глоссария',
    },
    listWords: { letters: 'Буквы', filterLegend: 'Глоссарий', filterLabel: 'Только термины глоссария' },
  },
} satisfies PageTypeWords;
