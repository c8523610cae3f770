/**
 * Georgian UI strings: the source dictionary. Its keys are the type every
 * other dictionary must match, so a string used in a component but missing
 * here is a type error, and so is a key missing from a translation.
 * `{name}` marks a value filled in by `t()`.
 */
export const ka = {
  'site.name': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში',
  'site.description':
    'საინფორმაციო ვებგვერდი მიგრაციის სფეროში თანამშრომლობის პროგრამების შესახებ: „პარტნიორობა მობილურობისთვის“ და EUROMED Migration IV.',

  'a11y.skipToContent': 'მთავარ შინაარსზე გადასვლა',
  'a11y.opensExternal': '(გარე ვებგვერდი)',

  'nav.label': 'მთავარი მენიუ',
  'nav.home': 'მთავარი',
  'nav.about': 'საიტის შესახებ',
  'breadcrumbs.label': 'გვერდის მდებარეობა საიტზე',

  'language.label': 'ენის არჩევა',

  'theme.dark': 'მუქი თემა',
  'suggestion.label': 'გვერდის ენობრივი ვერსია',
  'suggestion.message': 'ეს გვერდი {language} ენაზეც ხელმისაწვდომია.',
  'suggestion.link': '{language} ვერსიაზე გადასვლა',
  'suggestion.dismiss': 'დახურვა',

  'home.title': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში',
  'home.lead':
    'ერთ ადგილას თავმოყრილი ინფორმაცია მიგრაციის სფეროში თანამშრომლობის ორი პროგრამის შესახებ: ევროკავშირისა და საქართველოს ინიციატივა „პარტნიორობა მობილურობისთვის“ და ევროკავშირის მიერ დაფინანსებული პროექტი EUROMED Migration IV, რომელიც ევროკავშირის წევრ ქვეყნებსა და ევროპის სამეზობლო ინსტრუმენტის სამხრეთის პარტნიორ ქვეყნებს ეხება. ყველა ფაქტს წყარო ახლავს.',
  'home.aboutHeading': 'ინფორმაციის წყაროები',
  'home.aboutText':
    'პროგრამების აღწერა ეფუძნება ოფიციალურ წყაროებს. გვერდზე „საიტის შესახებ“ მითითებულია ინფორმაციის წყაროები და აღწერილია, როგორ უზრუნველვყოფთ საიტის ხელმისაწვდომობას.',

  'home.aboutLink': 'საიტის შესახებ',

  'programmes.count': 'სულ {count} პროგრამა',

  'status.label': 'სტატუსი',
  'status.active': 'მიმდინარე',
  'status.completed': 'დასრულებული',

  'facts.heading': 'ძირითადი ინფორმაცია პროგრამის შესახებ',
  'facts.shortName': 'მოკლე სახელწოდება',
  'facts.fundedBy': 'დამფინანსებელი',
  'facts.implementedBy': 'განმახორციელებელი',
  'facts.partners': 'პარტნიორები',
  'facts.period': 'პერიოდი',
  'facts.since': '{date} – დღემდე',
  'facts.status': 'სტატუსი',
  'facts.website': 'ოფიციალური ვებგვერდი',
  'timeline.heading': 'ძირითადი თარიღები',

  'source.label': 'წყარო',
  'feed.title': 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში: გვერდების განახლებები',
  'feed.subtitle': 'საიტის ახალი და განახლებული გვერდები {language} ენაზე.',
  'moreInfo.label': 'დამატებითი ინფორმაცია',
  'moreInfo.text': 'დამატებითი ინფორმაციისთვის ეწვიეთ',

  'outdated.notice': 'ეს თარგმანი შესაძლოა მოძველებული იყოს: თარგმნის შემდეგ ორიგინალ ტექსტში ცვლილებები შევიდა.',
  'outdated.link': 'ორიგინალი ტექსტის ნახვა',
  'fallback.notice': 'ეს გვერდი {language} ენაზე ჯერ არ არის თარგმნილი. ქვემოთ მოცემულია ორიგინალი ტექსტი {original} ენაზე.',

  'footer.sourcesNote':
    'პროგრამების აღწერა ეფუძნება ოფიციალურ წყაროებს, რომლებიც მითითებულია თითოეული პროგრამის გვერდზე.',
  'footer.about': 'საიტის, ინფორმაციის წყაროების, ხელმისაწვდომობისა და პერსონალურ მონაცემთა დაცვის შესახებ',

  'search.fieldLabel': 'საიტზე ძიება',
  'search.submit': 'ძიება',
  'search.title': 'ძიება',
  'search.description': 'ინფორმაციის ძიება მიგრაციის პროგრამების შესახებ, {languages} ენებზე.',
  'search.hint': 'საძიებო სიტყვა შეგიძლიათ აკრიფოთ {anyLanguage} ენაზე, {transliterated} ენაზე — ნებისმიერ ბრუნვაში, ასევე ლათინური ასოებით (მაგალითად, migracia).',
  'search.withoutScript': 'ძიებისთვის საჭიროა JavaScript, რომელიც ამ ბრაუზერში გამორთულია ან არ მუშაობს. საიტის ყველა გვერდის ანბანური სია:',
  'search.loading': 'მიმდინარეობს ძიება…',
  'search.results.one': 'მოიძებნა {count} შედეგი',
  'search.results.other': 'მოიძებნა {count} შედეგი',
  'search.noResults': 'მოთხოვნით „{query}“ ვერაფერი მოიძებნა.',
  'search.more': 'მეტი შედეგის ჩვენება',
  'search.partial': 'არცერთი გვერდი არ შეიცავს ყველა სიტყვას; გვერდები, რომლებიც მათ უმეტესობას შეიცავს:',
  'search.tooShort': 'საძიებო სიტყვა უნდა შეიცავდეს მინიმუმ ორ ასოს.',
  'search.nothingToSearch': 'მოთხოვნა არ შეიცავს ასოებს ან ციფრებს. აკრიფეთ საძიებო სიტყვა.',
  'search.truncated': 'მოთხოვნა ძალიან გრძელია, ამიტომ ძიება ჩატარდა მხოლოდ მისი საწყისი ნაწილით.',
  'search.tryOtherLanguage': 'იგივე ძიება {language}ენოვან გვერდებზე: {count} შედეგი',
  'search.inOtherLanguage': '{language} ენაზე',
  'search.error': 'ძიების ჩატვირთვა ვერ მოხერხდა. განაახლეთ გვერდი ან ისარგებლეთ საიტის რუკით.',

  'redirect.title': 'გვერდი გადატანილია ახალ მისამართზე',
  'redirect.link': 'გადასვლა ახალ მისამართზე',

  'notFound.title': 'გვერდი ვერ მოიძებნა',
  'notFound.description': 'მოთხოვნილი გვერდი ამ მისამართზე არ არსებობს.',
  'notFound.lead': 'ამ მისამართზე გვერდი არ არსებობს. შესაძლოა, ბმული მოძველებული იყოს ან მისამართი არასწორად იყოს აკრეფილი.',
  'notFound.tryHeading': 'სასარგებლო ბმულები',
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
    'პროგრამების გვერდები უცვლელად იმეორებს საწყის {original} ტექსტებს. ქვემოთ ჩამოთვლილია ყველა შესწორება, რომელიც ამ ტექსტებში შევიტანეთ, და თითოეულის მიზეზი.',
  'corrections.original': 'საწყის ტექსტში',
  'corrections.corrected': 'შესწორებული',
  'corrections.why': 'მიზეზი',
  'notFound.siteIndex': 'საიტის რუკა: ყველა გვერდი',

  'siteIndex.title': 'საიტის რუკა',
  'siteIndex.description': 'საიტის ყველა გვერდი ანბანური თანმიმდევრობით, ტიპის მიხედვით: სათაური, მოკლე აღწერა და ბმული.',
  'siteIndex.lead': 'საიტის ყველა გვერდი ანბანური თანმიმდევრობით, ტიპის მიხედვით დაჯგუფებული.',
  'siteIndex.pages': 'საიტის რუკის გვერდები',
  'siteIndex.pageOf': 'გვერდი {page} ({pages}-დან)',
  'siteIndex.previous': 'წინა გვერდი',
  'siteIndex.next': 'შემდეგი გვერდი',
  'siteIndex.continued': '(გაგრძელება)',

  'publisher.preview': 'საცდელი ვერსია: საიტის გამომცემელი ჯერ არ არის დადასტურებული.',
  'publisher.heading': 'გამომცემელი და საკონტაქტო ინფორმაცია',
  'publisher.name': 'გამომცემელი',
  'publisher.email': 'ელექტრონული ფოსტა',
  'publisher.address': 'საფოსტო მისამართი',
  'publisher.notConfirmed': 'ჯერ არ არის დადასტურებული',
  'footer.contact': 'კონტაქტი',
  'footer.siteIndex': 'საიტის რუკა',
} as const;
