/**
 * Every message id lib gives people beside its English text (lib/wording.ts):
 * its parameters, in the order of their `$1`…`$9` in the message files, and
 * its English, which is what the CLI prints. public/_locales/<language>/
 * messages.json words each id for the extension (a test holds the English
 * file to these texts and every language to these parameters). A counted
 * wording names its `count` parameter and has one English text per plural
 * category.
 *
 * Ids: `reason_<signal>` for the detector's reasons (lib/detect/signals),
 * `flag_<rule>` for the flags' explanations (lib/flags/rules), `removed_`
 * for why a block was left out (lib/boilerplate), `rule_` and `filter_` for
 * a site rule or an imported filter refused (lib/rules), `page_` for a page
 * that cannot be read. Message names allow letters, digits and `_` only.
 */
export const WORDINGS = {
  // Lists (lib/wording.ts joins them).
  list_and: { en: '$rest$ and $last$', params: ['rest', 'last'] },
  list_or: { en: '$rest$ or $last$', params: ['rest', 'last'] },
  list_andMore: { en: '$shown$ and $count$ more', params: ['shown', 'count'] },
  list_orMore: { en: '$shown$ or $count$ more', params: ['shown', 'count'] },
  quoted: { en: '“$text$”', params: ['text'] },

  // The detector's reasons.
  reason_authorBioTopic: {
    en: 'The author box is about $topics$, which this article never mentions: a template bio, as content farms use.',
    params: ['topics'],
  },
  reason_declaredLanguage: { en: 'The text is English, but $where$ says $language$.', params: ['where', 'language'] },
  declared_langAttribute: { en: 'the page’s lang attribute' },
  declared_ogLocale: { en: 'og:locale' },
  declared_contentLanguage: { en: 'Content-Language' },
  declared_xDefault: { en: 'the site’s default language (hreflang x-default)' },
  reason_dialogueDashes: {
    en: {
      one: 'Quotes are opened with a dash instead of quotation marks ($count$ time), as Polish, Russian, Ukrainian and Czech texts do.',
      other: 'Quotes are opened with a dash instead of quotation marks ($count$ times), as Polish, Russian, Ukrainian and Czech texts do.',
    },
    params: ['count'],
    count: 'count',
  },
  reason_foreignAssets: { en: 'Parts of the page are still in another language: $examples$.', params: ['examples'] },
  reason_foreignAssetLanguage: { en: '$where$ “$value$” is $language$', params: ['where', 'value', 'language'] },
  reason_foreignAssetNotEnglish: { en: '$where$ “$value$” is not English', params: ['where', 'value'] },
  asset_address: { en: 'the address' },
  asset_imageFile: { en: 'an image file name' },
  asset_imageDescription: { en: 'an image description' },
  asset_categoryOrTag: { en: 'a category or tag' },
  reason_foreignQuotes: { en: 'Quotations use another language’s quotation marks: $examples$.', params: ['examples'] },
  reason_foreignQuotesExample: { en: '$quotation$ ($languages$)', params: ['quotation', 'languages'] },
  reason_hreflangAlternates: {
    en: 'The page links to a version of it in $languages$, of which it may be the translation.',
    params: ['languages'],
  },
  reason_institutionCalques: { en: 'Phrases translated word for word: $examples$.', params: ['examples'] },
  reason_institutionCalquesExample: {
    en: '“$phrase$” ($language$-style; usually “$usual$”)',
    params: ['phrase', 'language', 'usual'],
  },
  reason_leftoverWords: { en: 'Words left untranslated: $examples$.', params: ['examples'] },
  reason_leftoverWordsExample: { en: '“$phrase$” ($language$ for “$meaning$”)', params: ['phrase', 'language', 'meaning'] },
  reason_localeFormats: {
    en: 'Numbers and dates are written the way another language writes them: $examples$.',
    params: ['examples'],
  },
  reason_localeFormatsExample: { en: '$format$ (“$sample$”)', params: ['format', 'sample'] },
  format_decimalComma: { en: 'a decimal comma' },
  format_dottedDate: { en: 'a date with dots' },
  format_dottedThousands: { en: 'thousands grouped with dots' },
  reason_machineEnglish: {
    en: 'The English reads like machine translation (text model: $percent$ %): it keeps to the most usual words and word sequences of English.',
    params: ['percent'],
  },
  reason_machineEnglishNotHuman: {
    en: 'The English reads like machine translation (text model: $percent$ %): it keeps to the most usual words and word sequences of English, more than people’s translations do.',
    params: ['percent'],
  },
  reason_metadataLanguage: {
    en: 'The text is English, but hidden parts of the page are not: $examples$.',
    params: ['examples'],
  },
  reason_metadataLanguageExample: { en: '$where$ is $language$ (“$value$”)', params: ['where', 'language', 'value'] },
  reason_metadataLanguageExamples: { en: '$where$ are $language$ (“$value$”)', params: ['where', 'language', 'value'] },
  metadata_description: { en: 'the page description' },
  metadata_socialDescription: { en: 'the social-media description' },
  metadata_socialTitle: { en: 'the social-media title' },
  metadata_structuredData: { en: 'the structured data' },
  metadata_imageDescriptions: { en: 'the image descriptions' },
  reason_missingArticles: {
    en: 'Titles appear without “the”, as in languages that have no articles: $examples$.',
    params: ['examples'],
  },
  reason_mtPhrasing: { en: 'Turns of phrase typical of machine translation: $examples$.', params: ['examples'] },
  reason_mtPhrasingExample: { en: '“$phrase$” ($note$)', params: ['phrase', 'note'] },
  reason_translationPlugins: { en: 'The page carries the marks of machine translation: $plugins$.', params: ['plugins'] },
  reason_translationPluginsOriginal: {
    en: 'The page carries the marks of machine translation: $plugins$. Its plugin says the site is written in $language$, but this text is English.',
    params: ['plugins', 'language'],
  },
  reason_transliteratedNames: { en: 'Names are spelled $ways$.', params: ['ways'] },
  reason_transliteratedNamesWay: { en: 'the $language$ way: $names$', params: ['language', 'names'] },
  reason_transliteratedNamesName: { en: '$name$ (usually $usual$)', params: ['name', 'usual'] },

  // The flags' explanations.
  flag_camelcaseJoin: {
    en: '“$word$” is two words glued together: a space (or a full stop) went missing in translation or copying.',
    params: ['word'],
  },
  flag_determinerNumber: {
    en: '“$determiner$” is plural but “$noun$” is singular: English makes them agree.',
    params: ['determiner', 'noun'],
  },
  flag_dialogueDash: {
    en: 'A dash opens this quotation, as Polish, Russian, Ukrainian, Czech and Spanish texts do; English puts speech in quotation marks, so these are probably someone’s words.',
  },
  flag_digitGrouping: {
    en: 'English writes the thousands of “$digits$” with commas; the translation kept the source’s way of writing numbers.',
    params: ['digits'],
  },
  flag_doubleComparative: { en: '“$adjective$” already compares: English does not add “more”.', params: ['adjective'] },
  flag_doubleSuperlative: { en: '“$adjective$” is already a superlative: English does not add “most”.', params: ['adjective'] },
  flag_doubledWord: {
    en: '“$word$” is written twice in a row: one of them is probably a slip of the translation.',
    params: ['word'],
  },
  flag_foreignQuotes: {
    en: '“$mark$” opens quotations in $languages$; English uses “…”: the translation kept the original’s marks.',
    params: ['mark', 'languages'],
  },
  flag_hyphenDash: {
    en: '“$word$” is not one word: the hyphen stands for a dash, which English writes “—” or “ – ” with spaces.',
    params: ['word'],
  },
  flag_inconsistentGender: {
    en: '$surname$ is $elsewhere$ elsewhere in this article (“$other$”), but $here$ here: one of the two is probably a translation slip.',
    params: ['surname', 'elsewhere', 'other', 'here'],
  },
  gender_man: { en: 'a man' },
  gender_woman: { en: 'a woman' },
  flag_inconsistentNames: {
    en: '“$spelling$” is spelled “$main$” elsewhere in this article: the same name transliterated two ways.',
    params: ['spelling', 'main'],
  },
  flag_inconsistentNumbersDecimals: {
    en: 'This article writes fractions with $mainMark$ (“$example$”), but “$written$” with $mark$: one number format was kept from the source.',
    params: ['mainMark', 'example', 'written', 'mark'],
  },
  decimal_point: { en: 'a decimal point' },
  decimal_comma: { en: 'a decimal comma' },
  flag_inconsistentNumbersGrouping: {
    en: 'This article groups thousands with $mainStyle$ (“$example$”), but “$written$” with $style$: one number format was kept from the source.',
    params: ['mainStyle', 'example', 'written', 'style'],
  },
  grouping_commas: { en: 'commas' },
  grouping_dots: { en: 'dots' },
  grouping_spaces: { en: 'spaces' },
  flag_inconsistentTerms: {
    en: '“$abbreviation$” is spelled out as “$full$” earlier in this article: the same term translated two ways.',
    params: ['abbreviation', 'full'],
  },
  flag_invertedMarks: {
    en: '“$mark$” opens questions and exclamations in Spanish only; English ends them with “$close$” alone.',
    params: ['mark', 'close'],
  },
  flag_missingArticle: {
    en: 'English needs “the” before “$title$” here (or the person’s name): the source language has no articles.',
    params: ['title'],
  },
  flag_missingSpace: {
    en: 'A sentence runs into the next one without a space after “$mark$”: text was glued together in translation or copying.',
    params: ['mark'],
  },
  flag_missingSubject: {
    en: 'The sentence has no subject: the source language leaves out “he”, “she” or “they”, English cannot.',
  },
  flag_spaceBeforeMark: {
    en: 'A space before “$mark$” is French typography; English writes the mark right after the word.',
    params: ['mark'],
  },
  flag_theBoth: { en: '“Both” takes no “the” in English: “both sides”, not “the both sides”.' },
  flag_transliteration: {
    en: '“$name$” is the $language$ spelling; English-language news usually writes “$usual$”.',
    params: ['name', 'language', 'usual'],
  },
  flag_transliterationNote: {
    en: '“$name$” is $note$; English-language news usually writes “$usual$”.',
    params: ['name', 'note', 'usual'],
  },
  flag_transliterationModel: {
    en: '“$name$” looks like a Russian or Ukrainian name spelled the $language$ way. $why$ English-language news usually writes “$usual$”.',
    params: ['name', 'language', 'why', 'usual'],
  },
  flag_uncountablePlural: {
    en: 'English does not count “$singular$”: it has no plural “$word$”, though the source language’s word has one.',
    params: ['singular', 'word'],
  },
  flag_uncountableArticle: {
    en: 'English does not count “$noun$”, so it takes no “$article$”, though the source language’s word does.',
    params: ['noun', 'article'],
  },
  flag_untranslated: {
    en: '“$text$” is $language$ for “$meaning$”: the machine left it untranslated.',
    params: ['text', 'language', 'meaning'],
  },
  flag_untranslatedLetters: {
    en: '“$text$” is not English: its letters ($letters$) are $language$. The machine probably left it untranslated.',
    params: ['text', 'letters', 'language'],
  },
  flag_untranslatedFrequent: {
    en: '“$text$” is not English: “$word$” is one of the most frequent $language$ words. The machine probably left it untranslated.',
    params: ['text', 'word', 'language'],
  },
  flag_untranslatedSpelling: {
    en: '“$text$” is not an English word and is spelled the $language$ way: the machine probably left it untranslated.',
    params: ['text', 'language'],
  },
  flag_unusualWording: {
    en: 'Unusual wording here: in machine translation, professional translators often changed words like these. Worth a second look.',
  },
  // Why a block was left out (lib/boilerplate).
  removed_classOrId: { en: 'class or id "$token$"', params: ['token'] },
  removed_classOrIdCookies: { en: 'class or id "$token$" on a block about cookies', params: ['token'] },
  removed_adIframe: { en: 'iframe from an ad network' },
  removed_adSlot: { en: 'holds an ad slot' },
  removed_adLabel: { en: 'an "Advertisement" label' },
  removed_element: { en: '<$tag$> element', params: ['tag'] },
  removed_itemprop: { en: 'itemprop="$value$"', params: ['value'] },
  removed_authorLink: { en: 'a byline with a rel="author" link' },
  removed_headed: { en: 'headed "$heading$"', params: ['heading'] },
  removed_personBlock: { en: 'schema.org Person block with a bio' },
  removed_callToAction: { en: 'a call to action at the end of the article (“$text$”)', params: ['text'] },
  removed_setApartCallToAction: { en: 'a call to action set apart in bold or centred (“$text$”)', params: ['text'] },
  removed_callToActionRun: {
    en: 'part of a pitch between two calls to action at the end of the article (“$first$” … “$last$”)',
    params: ['first', 'last'],
  },
  removed_disqus: { en: 'Disqus thread' },
  removed_commentForm: { en: 'comment form' },
  removed_heading: { en: 'starts with "$heading$"', params: ['heading'] },
  removed_headingFormOrList: { en: 'starts with "$heading$" and holds a form or a list', params: ['heading'] },
  removed_headingContact: { en: 'starts with "$heading$" and gives contact details or links', params: ['heading'] },
  removed_headingEmail: { en: 'starts with "$heading$" and asks for an e-mail address', params: ['heading'] },
  removed_headingLinks: { en: 'starts with "$heading$" and is mostly links', params: ['heading'] },
  removed_linksUnderTitle: { en: 'a list of links under the heading "$title$"', params: ['title'] },
  removed_boxTitle: { en: 'a box title ("$title$") over links or nothing', params: ['title'] },
  removed_photoCredit: { en: 'a photo credit' },
  removed_agencyCredit: { en: 'a picture agency credit' },
  removed_embed: { en: 'the embed markup of a social post' },
  removed_embedNamed: { en: 'the embed markup of a social post ("$markup$")', params: ['markup'] },
  removed_copyright: { en: 'a copyright notice' },
  removed_disclaimer: { en: 'a disclaimer or affiliate disclosure (“$text$”)', params: ['text'] },
  removed_postedOn: { en: 'a “posted on … filed under” line (“$text$”)', params: ['text'] },
  removed_entryStats: { en: 'an entry’s statistics line (“$text$”)', params: ['text'] },
  removed_timestamp: { en: 'a time or date set beside the title (“$text$”)', params: ['text'] },
  removed_consentPlaceholder: { en: 'a placeholder asking consent to load third-party content (“$label$”)', params: ['label'] },
  removed_role: { en: 'role="$role$"', params: ['role'] },
  removed_outsideArticle: { en: '<$tag$> outside the article', params: ['tag'] },
  removed_searchForm: { en: 'search form' },
  removed_emailForm: { en: 'form asking for an e-mail address only' },
  removed_shareLinks: {
    en: { one: '$count$ link to share on social networks', other: '$count$ links to share on social networks' },
    params: ['count'],
    count: 'count',
  },
  /** The kind is the report's id (`author-box`), as lib has always written it; the interface words it by its kind. */
  removed_headingOf: { en: 'the heading of a $kind$ block', params: ['kind'] },
  removed_headingThat: { en: 'a heading that $reason$', params: ['reason'] },
  removed_siteRule: { en: 'matches a selector of your site rule' },
  // A site rule refused (lib/rules).
  rule_patternEmpty: { en: 'Enter a domain (example.com) or a match pattern (*://*.example.com/*).' },
  rule_patternAllUrls: { en: 'A rule is for one site: <all_urls> would match every page.' },
  rule_patternNotDomain: {
    en: '“$pattern$” is not a domain name: use letters, digits, hyphens and dots, like example.com.',
    params: ['pattern'],
  },
  rule_patternInvalid: {
    en: '“$pattern$” is not a valid match pattern: $reason$. Example: *://*.example.com/*',
    params: ['pattern', 'reason'],
  },
  rule_patternScheme: { en: 'Rules work on web pages: the scheme must be http, https or *.' },
  rule_patternNoHost: { en: 'A rule is for one site: name its host, e.g. *://*.example.com/*.' },
  // A selector of a site rule or a filter refused (lib/rules/extended-selector.ts).
  selector_empty: { en: 'The selector is empty' },
  selector_unsupported: {
    en: '":$name$()" is not supported; Unspun understands :has-text(), :upward() and :remove()',
    params: ['name'],
  },
  selector_unsupportedHinted: {
    en: '":$name$()" is not supported ($hint$); Unspun understands :has-text(), :upward() and :remove()',
    params: ['name', 'hint'],
  },
  selector_hintHas: { en: 'the CSS :has() does the same' },
  selector_hintUpward: { en: ':upward(n) does the same' },
  selector_misplaced: {
    en: '":$name$()" must follow the CSS selector, not sit inside it: write "div:$name$(…)", not "div:not(:$name$(…))"',
    params: ['name'],
  },
  selector_invalidCss: { en: '"$css$" is not a valid CSS selector', params: ['css'] },
  selector_unbalancedCss: { en: '"$css$" has unbalanced parentheses or brackets', params: ['css'] },
  selector_hasTextEmpty: { en: ':has-text() needs a text or a /regular expression/ to look for' },
  selector_regexFlags: { en: '"$argument$": flags "$flags$" are not supported; use i, m, s or u', params: ['argument', 'flags'] },
  selector_regexInvalid: { en: '"$argument$" is not a valid regular expression', params: ['argument'] },
  selector_regexInvalidBecause: { en: '"$argument$" is not a valid regular expression ($reason$)', params: ['argument', 'reason'] },
  selector_upwardLevels: { en: ':upward($levels$): the number of levels must be from 1 to $most$', params: ['levels', 'most'] },
  selector_upwardEmpty: { en: ':upward() needs a number of levels (1 to $most$) or a CSS selector', params: ['most'] },
  selector_operatorFirst: { en: '":$name$()" needs a CSS selector before it, e.g. "div:$name$(…)"', params: ['name'] },
  selector_operatorAfterList: {
    en: '"$css$" is a list of selectors; operators can follow only one selector: write one filter per selector',
    params: ['css'],
  },
  selector_extraParenthesis: { en: 'Unbalanced parentheses: an extra ")" follows :$name$()', params: ['name'] },
  selector_afterOperator: {
    en: '"$rest$" cannot follow :$name$(): operators must come last, after the whole CSS selector',
    params: ['rest', 'name'],
  },
  selector_neverClosed: { en: 'Unbalanced parentheses: ":$name$(" is never closed', params: ['name'] },
  selector_removeLast: { en: ':remove() must come last' },
  selector_removeArgument: { en: ':remove() takes nothing between its parentheses' },
  // A rules file refused on import (lib/rules/transfer.ts); a field's messages follow its path ("rules[2].id").
  import_notJson: { en: 'The file is not valid JSON.' },
  /** `reason` is the JavaScript engine's, in its own language, with its final full stop. */
  import_notJsonBecause: { en: 'The file is not valid JSON: $reason$', params: ['reason'] },
  import_truncated: {
    en: 'The file looks truncated: it ends before the JSON is complete. Export the rules again, or check that the whole file was copied.',
  },
  import_tooLarge: {
    en: 'The file is $size$ MB ($bytes$ bytes); the limit is $limit$ MB ($limitBytes$ bytes). It is probably not an Unspun export.',
    params: ['size', 'bytes', 'limit', 'limitBytes'],
  },
  import_empty: { en: 'The file is empty.' },
  import_notObject: {
    en: 'This is not an Unspun rules export: the file holds $found$, not an object with "format": "$format$".',
    params: ['found', 'format'],
  },
  import_formatMissing: {
    en: 'is missing: this is not an Unspun rules export (those start with "format": "$format$").',
    params: ['format'],
  },
  import_formatWrong: { en: 'is $found$, not "$format$": this is not an Unspun rules export.', params: ['found', 'format'] },
  import_versionNewer: {
    en: 'is $version$: the file was made by a newer Unspun, and this one reads version $supported$. Update Unspun to import it.',
    params: ['version', 'supported'],
  },
  import_versionMissing: { en: 'is missing: this Unspun reads version $supported$.', params: ['supported'] },
  import_versionWrong: { en: 'is $found$: this Unspun reads version $supported$.', params: ['found', 'supported'] },
  import_rulesMissing: { en: 'is missing: the file has no list of rules.' },
  import_rulesNotList: { en: 'must be a list of rules; found $found$.', params: ['found'] },
  import_tooManyRules: { en: 'has $count$ rules; Unspun keeps at most $most$.', params: ['count', 'most'] },
  import_duplicateId: { en: '$id$ is also the id of rules[$first$]; each rule needs its own id.', params: ['id', 'first'] },
  import_duplicateIdLine: {
    en: '$id$ is also the id of rules[$first$] (line $line$); each rule needs its own id.',
    params: ['id', 'first', 'line'],
  },
  import_notRule: { en: 'must be a rule (an object with id, pattern, enabled, autoClean…); found $found$.', params: ['found'] },
  import_notText: { en: 'must be text; found $found$.', params: ['found'] },
  import_emptyText: { en: 'is empty.' },
  import_tooLong: { en: 'is $length$ characters long; the limit is $most$.', params: ['length', 'most'] },
  import_notPattern: { en: 'must be a domain or match pattern (text); found $found$.', params: ['found'] },
  import_notBoolean: { en: 'must be true or false; found $found$.', params: ['found'] },
  import_notLanguage: {
    en: 'must be null or a two-letter lower-case language code such as "pl"; found $found$.',
    params: ['found'],
  },
  import_notSelectorList: { en: 'must be a list of selectors; found $found$.', params: ['found'] },
  import_notSelector: { en: 'must be a selector (text); found $found$.', params: ['found'] },
  import_emptySelector: { en: 'is an empty selector.' },
  import_badSelector: { en: '“$selector$”: $problem$', params: ['selector', 'problem'] },
  import_notObjectField: { en: 'must be an object; found $found$.', params: ['found'] },
  import_notThreshold: { en: 'must be a number from 0 to 1; found $found$.', params: ['found'] },
  import_notCategoryList: { en: 'must be a list of flag categories; found $found$.', params: ['found'] },
  import_notCategory: { en: '$found$ is not a flag category; the categories are $categories$.', params: ['found', 'categories'] },
  // What was found where something else was expected (a JSON value itself is shown as it is written).
  found_nothing: { en: 'nothing' },
  found_list: { en: 'a list' },
  found_object: { en: 'an object' },
  // A line of a filter list left out (lib/rules/filters.ts).
  filter_tooLong: {
    en: 'The list is too long ($lines$ lines, $size$ MB): Unspun imports at most $maxLines$ lines and $maxSize$ MB at a time. Nothing was imported; split the list into smaller parts.',
    params: ['lines', 'size', 'maxLines', 'maxSize'],
  },
  filter_injectsStyle: { en: 'injects CSS styles (AdGuard) or runs a snippet (Adblock Plus); Unspun only hides elements' },
  filter_injectsStyleAdGuard: { en: 'injects CSS styles (AdGuard); Unspun only hides elements' },
  filter_styleException: { en: 'is an exception to a style injection or snippet; Unspun only hides elements' },
  filter_styleExceptionAdGuard: { en: 'is an exception to a style injection; Unspun only hides elements' },
  filter_javascript: { en: 'runs JavaScript on the page; Unspun only hides elements' },
  filter_javascriptException: { en: 'is an exception to a JavaScript filter; Unspun only hides elements' },
  filter_htmlAdGuard: { en: "edits the page's HTML as it loads (an AdGuard HTML filter); Unspun only hides elements" },
  filter_html: { en: "edits the page's HTML as it loads (an HTML filter); Unspun only hides elements" },
  filter_network: { en: 'blocks or allows network requests (a network filter); Unspun does not block requests' },
  filter_scriptlet: { en: 'runs a script on the page (a uBO scriptlet); Unspun only hides elements' },
  filter_noSelector: { en: 'has no selector after $separator$', params: ['separator'] },
  filter_modifiers: { en: 'uses AdGuard modifiers ($modifier$), which Unspun does not support', params: ['modifier'] },
  filter_everySite: { en: 'applies to every site; a rule is for one site' },
  filter_everySiteExcept: { en: 'applies to every site except $domains$; a rule is for one site', params: ['domains'] },
  filter_noDomainAfterTilde: { en: '"~" with no domain after it names nothing to leave out' },
  filter_regexDomain: { en: '"$domain$": domains written as regular expressions are not supported', params: ['domain'] },
  filter_wildcardDomain: {
    en: '"$domain$" stands for many domains (every ending, or every subdomain); name the site, e.g. example.com',
    params: ['domain'],
  },
  filter_notDomain: { en: '"$domain$" is not a domain name', params: ['domain'] },
  filter_exceptionSubdomain: {
    en: '"~$domain$": an exception filter cannot leave out a subdomain in Unspun; that part was not imported',
    params: ['domain'],
  },
  filter_notSubdomain: {
    en: '"~$domain$" is not a subdomain of $targets$, so Unspun cannot leave it out; that part was not imported',
    params: ['domain', 'targets'],
  },
  filter_notSubdomainWww: {
    en: '"~$domain$" is not a subdomain of $targets$, so Unspun cannot leave it out; that part was not imported (Unspun treats www. as the domain itself)',
    params: ['domain', 'targets'],
  },
  filter_aListedDomain: { en: 'a listed domain' },
  // A page that cannot be read (lib/messages.ts).
  page_pdf: { en: 'This is a PDF. Unspun reads web pages, not PDF documents.' },
  page_notWebPage: { en: 'This is not a web page ($type$); there is no article to read.', params: ['type'] },
  page_empty: { en: 'This page is empty: there is no text to analyse.' },
  // Why a report or a cleanup is partial (lib/analysis-budget.ts): numbers are counts of elements and characters, `cut` is budget_cut*.
  budget_elementsRead: { en: 'The page is very large: only its first $read$ elements (of $total$) were read.', params: ['read', 'total'] },
  budget_longText: {
    en: 'The page holds a text of $longest$ characters in one piece: only its first $read$ were read.',
    params: ['longest', 'read'],
  },
  budget_textCut: {
    en: 'The article is very long: only its first $read$ characters (of $total$) were checked for machine translation and odd phrasings.',
    params: ['read', 'total'],
  },
  budget_cutElements: { en: '$read$ elements (of $total$)', params: ['read', 'total'] },
  budget_cutCharacters: { en: '$read$ characters (of $total$)', params: ['read', 'total'] },
  budget_cutBoth: { en: '$elements$ and $characters$', params: ['elements', 'characters'] },
  budget_analysedHurried: {
    en: 'The page was analysed only as far as its first $cut$: reading the page was slow, and the report is due within $seconds$ s.',
    params: ['cut', 'seconds'],
  },
  budget_analysedLong: { en: 'The page is very long: it was analysed only as far as its first $cut$.', params: ['cut'] },
  budget_readerHurried: {
    en: 'The reader shows the page only as far as its first $cut$: reading the page was slow, and the report is due within $seconds$ s.',
    params: ['cut', 'seconds'],
  },
  budget_readerLong: { en: 'The page is very long: the reader shows it only as far as its first $cut$.', params: ['cut'] },
  budget_untidiedLate: {
    en: "The reader shows the page's main part as found, not tidied: reading the page took longer than $seconds$ s.",
    params: ['seconds'],
  },
  budget_untidiedSlow: { en: "The reader shows the page's main part as found, not tidied: reading the page was slow." },
  budget_flagsLate: { en: 'Odd phrasings were not looked for: reading the page took longer than $seconds$ s.', params: ['seconds'] },
  budget_cleanupLate: {
    en: 'Boilerplate was looked for only in the first $read$ elements of the page (of $total$): the cleanup is due within $seconds$ s. The rest of the page is shown as it is.',
    params: ['read', 'total', 'seconds'],
  },
} as const satisfies Record<string, WordingSpec>;

export interface WordingSpec {
  /** The English text, `$param$` where a parameter goes; one per plural category (`one`, `other`) for a counted wording. */
  en: string | { readonly one: string; readonly other: string };
  params?: readonly string[];
  /** The parameter whose number picks the plural form. */
  count?: string;
}

export type WordingId = keyof typeof WORDINGS;
