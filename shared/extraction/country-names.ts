/**
 * English names of countries and territories as vendor documents write them, keyed by ISO 3166-1 alpha-2 code.
 * The first name is the usual short name; the others are official forms, older names and abbreviations.
 */
export const COUNTRY_NAMES: Record<string, readonly string[]> = {
  AD: ['Andorra'], AE: ['United Arab Emirates', 'UAE', 'U.A.E.'], AF: ['Afghanistan'],
  AG: ['Antigua and Barbuda', 'Antigua'], AI: ['Anguilla'], AL: ['Albania'], AM: ['Armenia'], AO: ['Angola'],
  AQ: ['Antarctica'], AR: ['Argentina'], AS: ['American Samoa'], AT: ['Austria'], AU: ['Australia'], AW: ['Aruba'],
  AX: ['Åland Islands', 'Aland Islands'], AZ: ['Azerbaijan'],
  BA: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia & Herzegovina'], BB: ['Barbados'], BD: ['Bangladesh'],
  BE: ['Belgium'], BF: ['Burkina Faso'], BG: ['Bulgaria'], BH: ['Bahrain'], BI: ['Burundi'], BJ: ['Benin'],
  BL: ['Saint Barthélemy', 'Saint Barthelemy'], BM: ['Bermuda'], BN: ['Brunei', 'Brunei Darussalam'], BO: ['Bolivia'],
  BQ: ['Bonaire', 'Caribbean Netherlands'], BR: ['Brazil'], BS: ['Bahamas'], BT: ['Bhutan'], BV: ['Bouvet Island'],
  BW: ['Botswana'], BY: ['Belarus'], BZ: ['Belize'],
  CA: ['Canada'], CC: ['Cocos (Keeling) Islands', 'Cocos Islands'],
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'Congo-Kinshasa'],
  CF: ['Central African Republic'], CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo'], CH: ['Switzerland'],
  CI: ["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire", 'Ivory Coast'], CK: ['Cook Islands'], CL: ['Chile'],
  CM: ['Cameroon'], CN: ['China', "People's Republic of China", 'People’s Republic of China', 'PRC', 'Mainland China'],
  CO: ['Colombia'], CR: ['Costa Rica'], CU: ['Cuba'], CV: ['Cabo Verde', 'Cape Verde'], CW: ['Curaçao', 'Curacao'],
  CX: ['Christmas Island'], CY: ['Cyprus'], CZ: ['Czech Republic', 'Czechia'],
  DE: ['Germany', 'Federal Republic of Germany'], DJ: ['Djibouti'], DK: ['Denmark'], DM: ['Dominica'],
  DO: ['Dominican Republic'], DZ: ['Algeria'],
  EC: ['Ecuador'], EE: ['Estonia'], EG: ['Egypt'], EH: ['Western Sahara'], ER: ['Eritrea'], ES: ['Spain'],
  ET: ['Ethiopia'],
  FI: ['Finland'], FJ: ['Fiji'], FK: ['Falkland Islands'], FM: ['Micronesia'], FO: ['Faroe Islands'], FR: ['France'],
  GA: ['Gabon'],
  GB: [
    'United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  GD: ['Grenada'], GE: ['Georgia'], GF: ['French Guiana'], GG: ['Guernsey'], GH: ['Ghana'], GI: ['Gibraltar'],
  GL: ['Greenland'], GM: ['Gambia'], GN: ['Guinea'], GP: ['Guadeloupe'], GQ: ['Equatorial Guinea'], GR: ['Greece'],
  GS: ['South Georgia and the South Sandwich Islands'], GT: ['Guatemala'], GU: ['Guam'], GW: ['Guinea-Bissau'],
  GY: ['Guyana'],
  HK: ['Hong Kong', 'Hong Kong SAR'], HM: ['Heard Island and McDonald Islands'], HN: ['Honduras'], HR: ['Croatia'],
  HT: ['Haiti'], HU: ['Hungary'],
  ID: ['Indonesia'], IE: ['Ireland', 'Republic of Ireland'], IL: ['Israel'], IM: ['Isle of Man'], IN: ['India'],
  IO: ['British Indian Ocean Territory'], IQ: ['Iraq'], IR: ['Iran'], IS: ['Iceland'], IT: ['Italy'],
  JE: ['Jersey'], JM: ['Jamaica'], JO: ['Jordan'], JP: ['Japan'],
  KE: ['Kenya'], KG: ['Kyrgyzstan'], KH: ['Cambodia'], KI: ['Kiribati'], KM: ['Comoros'],
  KN: ['Saint Kitts and Nevis'],
  KP: ['North Korea', "Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'DPRK'],
  KR: ['South Korea', 'Republic of Korea', 'Korea'], KW: ['Kuwait'], KY: ['Cayman Islands'], KZ: ['Kazakhstan'],
  LA: ['Laos', 'Lao PDR'], LB: ['Lebanon'], LC: ['Saint Lucia'], LI: ['Liechtenstein'], LK: ['Sri Lanka'],
  LR: ['Liberia'], LS: ['Lesotho'], LT: ['Lithuania'], LU: ['Luxembourg'], LV: ['Latvia'], LY: ['Libya'],
  MA: ['Morocco'], MC: ['Monaco'], MD: ['Moldova'], ME: ['Montenegro'], MF: ['Saint Martin'], MG: ['Madagascar'],
  MH: ['Marshall Islands'], MK: ['North Macedonia', 'Macedonia'], ML: ['Mali'], MM: ['Myanmar', 'Burma'],
  MN: ['Mongolia'], MO: ['Macao', 'Macau'], MP: ['Northern Mariana Islands'], MQ: ['Martinique'],
  MR: ['Mauritania'], MS: ['Montserrat'], MT: ['Malta'], MU: ['Mauritius'], MV: ['Maldives'], MW: ['Malawi'],
  MX: ['Mexico'], MY: ['Malaysia'], MZ: ['Mozambique'],
  NA: ['Namibia'], NC: ['New Caledonia'], NE: ['Niger'], NF: ['Norfolk Island'], NG: ['Nigeria'], NI: ['Nicaragua'],
  NL: ['Netherlands', 'Holland'], NO: ['Norway'], NP: ['Nepal'], NR: ['Nauru'], NU: ['Niue'], NZ: ['New Zealand'],
  OM: ['Oman'],
  PA: ['Panama'], PE: ['Peru'], PF: ['French Polynesia'], PG: ['Papua New Guinea'], PH: ['Philippines'],
  PK: ['Pakistan'], PL: ['Poland'], PM: ['Saint Pierre and Miquelon'], PN: ['Pitcairn Islands'], PR: ['Puerto Rico'],
  PS: ['Palestine'], PT: ['Portugal'], PW: ['Palau'], PY: ['Paraguay'],
  QA: ['Qatar'],
  RE: ['Réunion', 'Reunion'], RO: ['Romania'], RS: ['Serbia'], RU: ['Russia', 'Russian Federation'], RW: ['Rwanda'],
  SA: ['Saudi Arabia', 'Kingdom of Saudi Arabia'], SB: ['Solomon Islands'], SC: ['Seychelles'], SD: ['Sudan'],
  SE: ['Sweden'], SG: ['Singapore'], SH: ['Saint Helena'], SI: ['Slovenia'], SJ: ['Svalbard and Jan Mayen'],
  SK: ['Slovakia', 'Slovak Republic'], SL: ['Sierra Leone'], SM: ['San Marino'], SN: ['Senegal'], SO: ['Somalia'],
  SR: ['Suriname'], SS: ['South Sudan'], ST: ['São Tomé and Príncipe', 'Sao Tome and Principe'], SV: ['El Salvador'],
  SX: ['Sint Maarten'], SY: ['Syria'], SZ: ['Eswatini', 'Swaziland'],
  TC: ['Turks and Caicos Islands'], TD: ['Chad'], TF: ['French Southern Territories'], TG: ['Togo'], TH: ['Thailand'],
  TJ: ['Tajikistan'], TK: ['Tokelau'], TL: ['Timor-Leste', 'East Timor'], TM: ['Turkmenistan'], TN: ['Tunisia'],
  TO: ['Tonga'], TR: ['Türkiye', 'Turkiye', 'Turkey'], TT: ['Trinidad and Tobago'], TV: ['Tuvalu'], TW: ['Taiwan'],
  TZ: ['Tanzania'],
  UA: ['Ukraine'], UG: ['Uganda'], UM: ['United States Minor Outlying Islands'],
  US: ['United States', 'United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'],
  UY: ['Uruguay'], UZ: ['Uzbekistan'],
  VA: ['Vatican City', 'Holy See'], VC: ['Saint Vincent and the Grenadines'], VE: ['Venezuela'],
  VG: ['British Virgin Islands'], VI: ['U.S. Virgin Islands', 'US Virgin Islands'], VN: ['Vietnam', 'Viet Nam'],
  VU: ['Vanuatu'],
  WF: ['Wallis and Futuna'], WS: ['Samoa'],
  YE: ['Yemen'], YT: ['Mayotte'],
  ZA: ['South Africa'], ZM: ['Zambia'], ZW: ['Zimbabwe'],
};

/**
 * Names that are also people, US states or common words ("Georgia", "Jersey", "Jordan", "Chad", "America"): they
 * count only in a list with other places or after "in", "to", "from".
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  'Georgia', 'Jersey', 'Jordan', 'Chad', 'America', 'Turkey', 'Mali', 'Niger', 'Guinea', 'Congo', 'Dominica',
]);

/** Nationality adjectives; they name a country only before a location noun ("German data centres"). */
export const COUNTRY_ADJECTIVES: Record<string, readonly string[]> = {
  US: ['American'], GB: ['British'], DE: ['German'], FR: ['French'], IE: ['Irish'], NL: ['Dutch'], CA: ['Canadian'],
  AU: ['Australian'], IN: ['Indian'], JP: ['Japanese'], CN: ['Chinese'], SG: ['Singaporean'],
  BR: ['Brazilian'], CH: ['Swiss'], SE: ['Swedish'], IL: ['Israeli'], KR: ['South Korean', 'Korean'], ES: ['Spanish'],
  IT: ['Italian'], PL: ['Polish'], BE: ['Belgian'], AT: ['Austrian'], DK: ['Danish'], FI: ['Finnish'],
  NO: ['Norwegian'], PT: ['Portuguese'], MX: ['Mexican'], AR: ['Argentine', 'Argentinian'], RU: ['Russian'],
  UA: ['Ukrainian'], PH: ['Philippine', 'Filipino'], MY: ['Malaysian'], ID: ['Indonesian'], TH: ['Thai'],
  VN: ['Vietnamese'], TW: ['Taiwanese'], ZA: ['South African'], AE: ['Emirati'], TR: ['Turkish'], CZ: ['Czech'],
  HU: ['Hungarian'], RO: ['Romanian'], BG: ['Bulgarian'], GR: ['Greek'], EE: ['Estonian'], LV: ['Latvian'],
  LT: ['Lithuanian'], LU: ['Luxembourgish'], MT: ['Maltese'], CY: ['Cypriot'], SK: ['Slovak'], SI: ['Slovenian'],
  HR: ['Croatian'], IS: ['Icelandic'], RS: ['Serbian'], EG: ['Egyptian'], NG: ['Nigerian'], KE: ['Kenyan'],
  CO: ['Colombian'], CL: ['Chilean'], PE: ['Peruvian'], CR: ['Costa Rican'], PK: ['Pakistani'],
  BD: ['Bangladeshi'], LK: ['Sri Lankan'], SA: ['Saudi'], QA: ['Qatari'],
};

/** Regions a document names instead of countries. */
export const REGION_NAMES: Record<string, readonly string[]> = {
  EU: ['European Union', 'EU', 'E.U.'],
  EEA: ['European Economic Area', 'EEA'],
  EFTA: ['European Free Trade Association', 'EFTA'],
  UK_AND_EEA: [
    'UK and EEA', 'UK and the EEA', 'EEA and UK', 'EEA and the UK', 'UK/EEA', 'EEA/UK', 'EEA and United Kingdom',
    'EEA and the United Kingdom', 'United Kingdom and the EEA', 'UK & EEA', 'EEA & UK',
  ],
  APAC: ['APAC', 'Asia-Pacific', 'Asia Pacific'],
};

/**
 * Names of institutions, laws and transfer tools that contain a place name without saying where data is, and
 * places that contain a country's name without being that country ("New Jersey", "Papua New Guinea" is listed above).
 */
export const NOT_PLACES: readonly string[] = [
  'Court of Justice of the European Union', 'Official Journal of the European Union', 'Council of the European Union',
  'Charter of Fundamental Rights of the European Union', 'Treaty on the Functioning of the European Union',
  'Treaty on European Union', 'EU-U.S.', 'EU-US', 'EU–U.S.', 'EU–US', 'EU/U.S.', 'Swiss-U.S.', 'Swiss-US',
  'Swiss–U.S.', 'UK-U.S.', 'UK-US', 'U.S.-EU', 'US-EU', 'U.S.C.', 'U.S.C', 'USC', 'EU GDPR', 'UK GDPR', 'EU SCCs',
  'EU SCC', 'UK Addendum', 'UK IDTA', 'UK Extension', 'UK SCCs', 'EU Model Clauses', 'EU Standard Contractual Clauses',
  'New Jersey', 'New Mexico', 'New South Wales', 'New England', 'Jersey City', 'North America', 'South America',
  'Latin America', 'Central America', 'Americas', 'Bank of America', 'Indian Ocean', 'Georgia Tech',
  'Turkey Point',
];
