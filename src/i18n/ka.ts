/**
 * Georgian UI strings: the source dictionary. Its keys are the type every
 * other dictionary must match, so a string used in a component but missing
 * here is a type error, and so is a key missing from a translation.
 * `{name}` marks a value filled in by `t()`.
 */
export const ka = {
  'site.name': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში',
  'site.description':
    'საინფორმაციო საიტი მიგრაციის სფეროში თანამშრომლობის პროგრამების შესახებ: პარტნიორობა მობილურობისთვის და EUROMED Migration IV.',

  'a11y.skipToContent': 'მთავარ შინაარსზე გადასვლა',
  'a11y.opensExternal': '(გარე საიტი)',

  'nav.label': 'მთავარი ნავიგაცია',
  'nav.home': 'მთავარი',
  'nav.programmes': 'პროგრამები',
  'nav.about': 'შესახებ',
  'breadcrumbs.label': 'ნავიგაციის ჯაჭვი',

  'language.label': 'ენა',

  'theme.dark': 'მუქი თემა',
  'suggestion.label': 'ენის შეთავაზება',
  'suggestion.message': 'ეს გვერდი ქართულადაც არის.',
  'suggestion.link': 'წაიკითხეთ ქართულად',
  'suggestion.dismiss': 'დახურვა',

  'home.title': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში',
  'home.lead':
    'ერთ ადგილას თავმოყრილი ინფორმაცია მიგრაციის სფეროში თანამშრომლობის ორი პროგრამის შესახებ: ევროკავშირისა და საქართველოს ინიციატივა „პარტნიორობა მობილურობისთვის“ და ევროკავშირის მიერ დაფინანსებული პროექტი EUROMED Migration IV, რომელიც ევროკავშირის წევრ ქვეყნებსა და ევროპის სამეზობლო ინსტრუმენტის სამხრეთის პარტნიორ ქვეყნებს ეხება. ყველა ფაქტს წყარო ახლავს.',
  'home.programmesHeading': 'პროგრამები',
  'home.allProgrammes': 'ყველა პროგრამა',
  'home.aboutHeading': 'ინფორმაციის წყაროები',
  'home.aboutText':
    'პროგრამების აღწერა ეყრდნობა ოფიციალურ წყაროებს. ნახეთ, საიდან მოდის ინფორმაცია და როგორ ვზრუნავთ საიტის ხელმისაწვდომობაზე.',

  'home.aboutLink': 'საიტის შესახებ',

  'programmes.title': 'პროგრამები',
  'programmes.description': 'მიგრაციის სფეროში თანამშრომლობის პროგრამები: მიზნები, პარტნიორები, ვადები და სტატუსი.',
  'programmes.lead': 'მიგრაციის სფეროში თანამშრომლობის პროგრამები, მიმდინარე და დასრულებული.',
  'programmes.count': 'სულ {count} პროგრამა',

  'status.label': 'სტატუსი',
  'status.active': 'მიმდინარე',
  'status.completed': 'დასრულებული',

  'facts.heading': 'მოკლედ პროგრამის შესახებ',
  'facts.shortName': 'მოკლე სახელი',
  'facts.fundedBy': 'დამფინანსებელი',
  'facts.implementedBy': 'განმახორციელებელი',
  'facts.partners': 'პარტნიორი ქვეყნები და რეგიონები',
  'facts.period': 'პერიოდი',
  'facts.since': '{date} – დღემდე',
  'facts.status': 'სტატუსი',
  'facts.website': 'ოფიციალური ვებგვერდი',
  'timeline.heading': 'მთავარი თარიღები',

  'source.label': 'წყარო',
  'page.updated': 'ბოლო განახლება:',
  'feed.title': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში: გვერდების განახლებები',
  'feed.subtitle': 'საიტის ახალი და განახლებული გვერდები ქართულ ენაზე.',
  'moreInfo.label': 'დამატებითი ინფორმაცია',
  'moreInfo.text': 'დამატებითი ინფორმაციისთვის ეწვიეთ',

  'outdated.notice': 'ეს თარგმანი შესაძლოა მოძველებული იყოს: ორიგინალი თარგმნის შემდეგ შეიცვალა.',
  'outdated.link': 'ორიგინალის ნახვა',
  'fallback.notice': 'ეს გვერდი ქართულად ჯერ არ არის თარგმნილი. ქვემოთ მოცემულია ორიგინალი ინგლისურ ენაზე.',

  'footer.sourcesNote':
    'პროგრამების ტექსტები ეყრდნობა ოფიციალურ წყაროებს, რომლებიც თითოეული პროგრამის გვერდზეა მითითებული.',
  'footer.about': 'საიტის, წყაროების, ხელმისაწვდომობისა და კონფიდენციალურობის შესახებ',

  'search.fieldLabel': 'საიტზე ძიება',
  'search.submit': 'ძიება',
  'search.title': 'ძიება',
  'search.description': 'მოძებნეთ ინფორმაცია მიგრაციის პროგრამების შესახებ ქართულად და ინგლისურად.',
  'search.hint': 'შეგიძლიათ აკრიფოთ ქართულად, ნებისმიერ ბრუნვაში, ან ლათინური ასოებით (მაგალითად, migracia).',
  'search.noscript': 'ძიებისთვის საჭიროა JavaScript. მის გარეშე გამოიყენეთ პროგრამების სია.',
  'search.loading': 'ძიება…',
  'search.results.one': 'მოიძებნა {count} შედეგი',
  'search.results.other': 'მოიძებნა {count} შედეგი',
  'search.noResults': '„{query}“ ვერ მოიძებნა.',
  'search.tooShort': 'აკრიფეთ სიტყვა, მინიმუმ ორი ასო.',
  'search.nothingToSearch': 'მოთხოვნაში ასოები ან ციფრები არ არის. აკრიფეთ სიტყვა.',
  'search.truncated': 'მოთხოვნა ძალიან გრძელია: მოიძებნა მხოლოდ მისი დასაწყისი.',
  'search.tryOtherLanguage': 'იგივე ძიება ინგლისურ გვერდებზე: {count} შედეგი',
  'search.browseProgrammes': 'ყველა პროგრამა',
  'search.filterLegend': 'პროგრამის მიხედვით',
  'search.inOtherLanguage': 'ინგლისურად',
  'search.error': 'ძიება ვერ ჩაიტვირთა. განაახლეთ გვერდი ან გამოიყენეთ პროგრამების სია.',
  'search.type.programme': 'პროგრამა',
  'search.type.page': 'საინფორმაციო გვერდი',

  'redirect.title': 'გვერდი გადავიდა ახალ მისამართზე',
  'redirect.link': 'გადასვლა ახალ მისამართზე',

  'notFound.title': 'გვერდი ვერ მოიძებნა',
  'notFound.description': 'მოთხოვნილი გვერდი ამ მისამართზე არ არსებობს.',
  'notFound.lead': 'ამ მისამართზე გვერდი არ არსებობს. შესაძლოა, ბმული მოძველებული იყოს ან მისამართი არასწორად იყოს აკრეფილი.',
  'notFound.tryHeading': 'სცადეთ:',
  'notFound.home': 'მთავარი გვერდი',
  'notFound.programmes': 'პროგრამების სია',
  'notFound.about': 'საიტის შესახებ',

  // Sourced facts, page history and corrections.
  'facts.budget': 'ბიუჯეტი',
  'status.asOf': 'მონაცემთა თარიღი:',
  'notes.heading': 'წყაროები',
  'notes.ref': 'წყარო {n}',
  'notes.copy': 'ამ გვერდის ტექსტი',
  'notes.accessed': 'გადამოწმებულია:',
  'inBrief.heading': 'მოკლედ',
  'page.informationAsOf': 'ინფორმაცია მოცემულია შემდეგი თარიღის მდგომარეობით:',
  'history.lastChanged': 'გვერდის ბოლო არსებითი ცვლილება:',
  'history.summary': 'ყველა ცვლილება ({count})',
  'corrections.heading': 'საწყის ტექსტებში შეტანილი შესწორებები',
  'corrections.intro':
    'პროგრამების გვერდები უცვლელად იმეორებს საწყის ქართულ ტექსტებს. ქვემოთ ჩამოთვლილია ყველა შესწორება, რომელიც ამ ტექსტებში შევიტანეთ, და თითოეულის მიზეზი.',
  'corrections.original': 'საწყის ტექსტში',
  'corrections.corrected': 'შესწორებული',
  'corrections.why': 'მიზეზი',
} as const;
