/**
 * Words that say nothing about a page's topic: question words, conjunctions,
 * particles, the copula, common modal forms and pronouns. A reader who types
 * a question („როგორ მივიღო სამუშაო ვიზა?", "how do I get a work visa") would
 * otherwise match every page on „როგორ" or "how", or veto the topic words if
 * some page lacked the question word. They are left out of the search unless
 * the query is made of nothing else (a reader who searches „ვინ" gets what
 * „ვინ" finds).
 *
 * The lists are short on purpose: only words that occur on nearly every page
 * or in nearly every question. Georgian words are listed with the inflected
 * forms a question uses (რა → რას, რის, რით, რისთვის…), since the stemmer
 * would otherwise cut them to a stem that prefixes real words (რის → რ-).
 * The Georgian list also has the usual Latin-letter typings of its words
 * (rogor, ra, sad…), which reach the Georgian pages too.
 */

/** Georgian, in Georgian script. */
const GEORGIAN = [
  // question words and their case forms
  'რა', 'რას', 'რის', 'რისი', 'რით', 'რად', 'რამ', 'რისთვის', 'რამე', 'რაიმე',
  'რატომ', 'როგორ', 'როგორი', 'როგორც', 'როდის', 'როდემდე', 'როდიდან',
  'სად', 'სადაც', 'საიდან', 'სადამდე', 'საით',
  'ვინ', 'ვის', 'ვისი', 'ვისთვის', 'ვინც', 'ვისაც',
  'რომელი', 'რომელს', 'რომლის', 'რომლით', 'რომელიც', 'რომელსაც', 'რომლებიც', 'რომელმაც', 'რომლებსაც', 'რომლის',
  // რამდენ is რამდენი before a noun („რამდენ დღეს“)
  'რამდენი', 'რამდენს', 'რამდენ', 'რამდენად', 'რანაირი', 'ხომ',
  // conjunctions and particles
  'და', 'ან', 'თუ', 'რომ', 'მაგრამ', 'თუმცა', 'ანუ', 'კი', 'ხოლო', 'ასევე', 'მაინც', 'ისიც', 'ესეც',
  'არ', 'არა', 'ვერ', 'ნუ', 'აღარ', 'მხოლოდ', 'უკვე', 'ჯერ', 'თუკი',
  // the copula and modal forms
  'არის', 'იყო', 'იქნება', 'არიან', 'იყვნენ', 'უნდა', 'შეიძლება', 'შემიძლია', 'შეგვიძლია', 'შეუძლია', 'მინდა', 'გვინდა',
  // „to need“ in every person, and its future („რა საბუთები სჭირდება …“)
  'მჭირდება', 'გვჭირდება', 'გჭირდება', 'გჭირდებათ', 'სჭირდება', 'სჭირდებათ', 'დამჭირდება', 'დაგჭირდება', 'დასჭირდება',
  // pronouns and demonstratives
  'მე', 'შენ', 'ის', 'ჩვენ', 'თქვენ', 'ისინი', 'ეს', 'ესენი', 'ამ', 'იმ', 'მას', 'მათ', 'ამის', 'იმის', 'ამას', 'იმას', 'ამისთვის',
  'ჩემი', 'ჩემს', 'ჩვენი', 'ჩვენს', 'თქვენი', 'თქვენს', 'მისი', 'მის', 'მათი', 'ჩემთვის', 'ჩვენთვის',
];

/** The same kind of Georgian words as readers type them in Latin letters. */
const GEORGIAN_IN_LATIN = [
  'ra', 'ras', 'ris', 'rit', 'ristvis', 'ratom', 'rogor', 'rogori', 'rogorc', 'rodis', 'sad', 'sadac', 'saidan',
  'vin', 'vis', 'visi', 'vistvis', 'romeli', 'romelic', 'romlis', 'ramdeni', 'ramden', 'xom', 'khom',
  'da', 'an', 'tu', 'rom', 'magram', 'tumca', 'anu', 'ki', 'xolo', 'kholo', 'aseve', 'ar', 'ara', 'ver', 'nu', 'aRar', 'aghar',
  'aris', 'iyo', 'iqneba', 'arian', 'unda', 'sheidzleba', 'SeiZleba', 'shemidzlia', 'minda', 'mWirdeba', 'mchirdeba', 'sWirdeba', 'schirdeba',
  'me', 'shen', 'Sen', 'is', 'chven', 'Cven', 'tqven', 'Tqven', 'isini', 'es', 'am', 'im', 'chemi', 'Cemi', 'chveni', 'Cveni', 'tqveni', 'Tqveni', 'misi', 'mati', 'maTi',
].map((word) => word.toLowerCase());

/** English. */
const ENGLISH = [
  'how', 'what', 'where', 'when', 'why', 'who', 'whom', 'whose', 'which',
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'so', 'not', 'no',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did',
  'can', 'could', 'should', 'would', 'will', 'may', 'must', 'need',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'it', 'its', 'they', 'them', 'their',
  'this', 'that', 'these', 'those', 'there', 'here',
];

const LISTS: Readonly<Record<string, ReadonlySet<string>>> = {
  ka: new Set([...GEORGIAN, ...GEORGIAN_IN_LATIN]),
  en: new Set(ENGLISH),
};

/** Whether `word` (normalised: folded, no punctuation) is a function word of any of `languages`. */
export function isFunctionWord(word: string, languages: readonly string[]): boolean {
  const lower = word.toLowerCase().replace(/'/g, '');
  return languages.some((language) => LISTS[language]?.has(lower) ?? false);
}

export interface MeaningfulWords {
  /** The words to search. */
  kept: string[];
  /** The function words left out, in query order. */
  dropped: string[];
}

/**
 * Leaves out the function words of a query, unless every word is one: then
 * all of them are kept, since the reader asked for nothing else.
 * `languagesOf` says whose lists apply to a word (by its script and the page's language).
 */
export function meaningfulWords(words: readonly string[], languagesOf: (word: string) => readonly string[]): MeaningfulWords {
  const dropped = words.filter((word) => isFunctionWord(word, languagesOf(word)));
  if (dropped.length === words.length) return { kept: [...words], dropped: [] };
  return { kept: words.filter((word) => !isFunctionWord(word, languagesOf(word))), dropped };
}
