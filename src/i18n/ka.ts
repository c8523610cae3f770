/**
 * Georgian UI strings: the source dictionary. Its keys are the type every
 * other dictionary must match, so a string used in a component but missing
 * here is a type error, and so is a key missing from a translation.
 * `{name}` marks a value filled in by `t()`.
 */
export const ka = {
  'site.name': 'მიგრაციის პროგრამები საქართველოში',
  'site.description':
    'საინფორმაციო საიტი საქართველოში მიმდინარე მიგრაციის პროგრამების შესახებ: პარტნიორობა მობილურობისთვის და EUROMED Migration IV.',

  'a11y.skipToContent': 'მთავარ შინაარსზე გადასვლა',
  'a11y.opensExternal': '(გარე საიტი)',

  'nav.label': 'მთავარი ნავიგაცია',
  'nav.home': 'მთავარი',
  'nav.programmes': 'პროგრამები',
  'nav.about': 'საიტის შესახებ',
  'breadcrumbs.label': 'ნავიგაციის ჯაჭვი',

  'language.label': 'ენა',
  'language.switchTo': 'ეს გვერდი ქართულად',

  'home.title': 'მიგრაციის პროგრამები საქართველოში',
  'home.lead':
    'აქ ნახავთ მარტივად და ერთ ადგილას მოცემულ ინფორმაციას იმ პროგრამების შესახებ, რომლებშიც საქართველო ევროკავშირთან და პარტნიორ ქვეყნებთან ერთად მიგრაციის საკითხებზე თანამშრომლობს: რას ისახავს მიზნად თითოეული პროგრამა, ვინ ახორციელებს მას და როდის.',
  'home.programmesHeading': 'პროგრამები',
  'home.allProgrammes': 'ყველა პროგრამა',
  'home.aboutHeading': 'ინფორმაციის წყაროები',
  'home.aboutText':
    'პროგრამების აღწერა ეყრდნობა ოფიციალურ წყაროებს. ნახეთ, საიდან მოდის ინფორმაცია და როგორ ვზრუნავთ საიტის ხელმისაწვდომობაზე.',

  'programmes.title': 'პროგრამები',
  'programmes.description': 'მიგრაციის პროგრამები, რომლებშიც საქართველო მონაწილეობს: მიზნები, პარტნიორები, ვადები და სტატუსი.',
  'programmes.lead': 'მიგრაციის პროგრამები, რომლებშიც საქართველო მონაწილეობს ან მონაწილეობდა.',
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

  'fallback.notice': 'ეს გვერდი ქართულად ჯერ არ არის თარგმნილი. ქვემოთ მოცემულია ორიგინალი ინგლისურ ენაზე.',

  'footer.sourcesNote':
    'პროგრამების ტექსტები ეყრდნობა საქართველოს ევროპულ და ევროატლანტიკურ სტრუქტურებში ინტეგრაციის საკითხებში სახელმწიფო მინისტრის აპარატისა და EUROMED Migration-ის ოფიციალური საიტების ინფორმაციას.',
  'footer.about': 'საიტის, წყაროების, ხელმისაწვდომობისა და კონფიდენციალურობის შესახებ',

  'notFound.title': 'გვერდი ვერ მოიძებნა',
  'notFound.description': 'მოთხოვნილი გვერდი ამ მისამართზე არ არსებობს.',
  'notFound.lead': 'ამ მისამართზე გვერდი არ არსებობს. შესაძლოა, ბმული მოძველებულია ან მისამართი შეცდომით არის აკრეფილი.',
  'notFound.tryHeading': 'სცადეთ:',
  'notFound.home': 'მთავარი გვერდი',
  'notFound.programmes': 'პროგრამების სია',
  'notFound.about': 'საიტის შესახებ',
} as const;
