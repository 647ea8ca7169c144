/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A comment on the project's RCS account, for Sinch support. */
export type AddRcsAccountCommentInput = {
  /** The comment text, 1 to 65535 characters (Unicode code points, as the upstream counts them). */
  comment: string;
  /** The Sinch project id. */
  projectId: string;
};

/** A comment on a sender, for Sinch support and reviewers. */
export type AddRcsSenderCommentInput = {
  /** The comment text, 1 to 65535 characters (Unicode code points, as the upstream counts them). */
  comment: string;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  senderId: string;
};

/** Numbers to invite as testers of a sender. */
export type AddRcsTestNumbersInput = {
  /** 1 to 200 unique E.164 numbers to invite. Re-adding a VERIFIED number resets it to UNVERIFIED and re-invites it. */
  numbers: Array<string>;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  senderId: string;
};

/** A new sender. Only region, billingCategory and useCase are required; details can be filled in now or later with updateRcsSender. */
export type CreateRcsSenderInput = {
  /** Cannot be changed later. */
  billingCategory: RcsBillingCategory;
  /** Optional; can be filled in later. */
  details?: RcsSenderDetailsInput | null | undefined;
  /** The Sinch project id. */
  projectId: string;
  /** Region to provision in; must match the Conversation API app the sender will be linked to. */
  region: RcsRegion;
  /** Cannot be changed later; decides the launch questionnaire. */
  useCase: RcsUseCase;
};

/** A test number to remove from a sender. */
export type DeleteRcsTestNumberInput = {
  /** The test number to remove (E.164). */
  number: string;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  senderId: string;
};

/** The sender to launch (no other input: the launch covers every country in details.countries). */
export type LaunchRcsSenderInput = {
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  id: string;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
};

/** Sort direction (upstream sortDirection). */
export type OrderDirection =
  /** Ascending: oldest, A first. */
  | 'ASC'
  /** Descending: newest, Z first. */
  | 'DESC';

/** Kind of an activity-log entry (upstream notifications[].type). */
export type RcsActivityType =
  /** The sender became active (e.g. went live). */
  | 'ACTIVE'
  /** A comment was added, by the API or by Sinch; `comment` and `author` carry it. */
  | 'COMMENT_ADDED'
  /** The sender was created (account log: the account entry was created). */
  | 'CREATED'
  /** Something was removed from the sender (the upstream does not document what). */
  | 'DELETED'
  /** The sender's details were changed. */
  | 'EDITED'
  /** The sender became inactive. */
  | 'INACTIVE'
  /** A test-phase event, e.g. test numbers added or invited. */
  | 'TEST'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** Metadata of a free-text answer (the upstream <field>Metadata object). */
export type RcsAnswerMetadataInput = {
  /** A substring (at least 1 character) the upstream strips from the answer at launch, e.g. a custom delimiter. */
  ignore?: string | null | undefined;
};

/** RBM billing category, fixed at creation. BASIC_MESSAGE and SINGLE_MESSAGE are deprecated (use NON_CONVERSATIONAL); CONVERSATIONAL_LEGACY is deprecated (use CONVERSATIONAL). Deprecated values are still accepted. */
export type RcsBillingCategory =
  /** Legacy category, still accepted upstream. */
  | 'BASIC_MESSAGE'
  /** RBM conversational billing. */
  | 'CONVERSATIONAL'
  /** Legacy category, still accepted upstream. */
  | 'CONVERSATIONAL_LEGACY'
  /** RBM non-conversational billing; replaces BASIC_MESSAGE and SINGLE_MESSAGE. */
  | 'NON_CONVERSATIONAL'
  /** Legacy category, still accepted upstream. */
  | 'SINGLE_MESSAGE'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** Brand (agent profile) data. On update only the fields present change; emails, phones and websites may be set to null to remove them all. */
export type RcsBrandInput = {
  /** Banner image: JPEG or PNG, at most 200 KB, exactly 1440x448 px; the upstream downloads and checks it on write. An http(s) URL of at most 255 characters. Required for launch. */
  bannerUrl?: string | null | undefined;
  /** Brand colour as #RRGGBB (upstream default #000000). */
  color?: string | null | undefined;
  /** Short description of the agent, at most 100 characters. */
  description?: string | null | undefined;
  /** 1 to 3 contact e-mails with unique addresses. null (on update) removes them. */
  emails?: Array<RcsLabeledEmailInput> | null | undefined;
  /** Logo image: JPEG or PNG, at most 50 KB, exactly 224x224 px; the upstream downloads and checks it on write. An http(s) URL of at most 255 characters. Required for launch. */
  logoUrl?: string | null | undefined;
  /** Display name of the agent, at most 40 characters (upstream default "RCS Sender"). Required for launch. */
  name?: string | null | undefined;
  /** 1 to 3 contact phones with unique numbers. null (on update) removes them. */
  phones?: Array<RcsLabeledPhoneInput> | null | undefined;
  /** Privacy policy page. An http(s) URL of at most 255 characters. Required for launch. */
  privacyPolicyUrl?: string | null | undefined;
  /** Terms and conditions page. An http(s) URL of at most 255 characters. Required for launch. */
  termsOfServiceUrl?: string | null | undefined;
  /** 1 to 3 websites with unique URLs. null (on update) removes them. */
  websites?: Array<RcsLabeledUrlInput> | null | undefined;
};

/** Status of the running brand registration process (brandDetails.registration.status): NEW → PENDING, PENDING_REVIEW, MANUAL_REVIEW or INCOMPLETE → COMPLETED, REJECTED or ARCHIVED. */
export type RcsBrandRegistrationStatus =
  /** The registration was archived. */
  | 'ARCHIVED'
  /** The registration was approved. */
  | 'COMPLETED'
  /** The registration lacks data. */
  | 'INCOMPLETE'
  /** The registration is being reviewed manually. */
  | 'MANUAL_REVIEW'
  /** The registration was just started. */
  | 'NEW'
  /** The registration is waiting to be processed. */
  | 'PENDING'
  /** The registration is waiting for a review. */
  | 'PENDING_REVIEW'
  /** The registration was refused. */
  | 'REJECTED'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED'
  /** The upstream set no status. */
  | 'UNSPECIFIED';

/** Status of the brand record of the US brand/campaign flow (brandDetails.status). */
export type RcsBrandStatus =
  /** The brand record is archived. */
  | 'ARCHIVED'
  /** The brand record is complete. */
  | 'COMPLETED'
  /** The brand record is a draft. */
  | 'DRAFT'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED'
  /** The upstream set no status. */
  | 'UNSPECIFIED';

/** Health of the RCS channel on the linked Conversation API app. */
export type RcsChannelStatus =
  /** The RCS channel of the app works. */
  | 'ACTIVE'
  /** The RCS channel integration is failing. */
  | 'FAILING'
  /** The RCS channel is being set up. */
  | 'PENDING'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** ISO-3166 alpha-2 country code, as the upstream reports countries (the full list; launches are possible in the 25 of RcsLaunchCountry). */
export type RcsCountryCode =
  /** Andorra */
  | 'AD'
  /** United Arab Emirates */
  | 'AE'
  /** Afghanistan */
  | 'AF'
  /** Antigua and Barbuda */
  | 'AG'
  /** Anguilla */
  | 'AI'
  /** Albania */
  | 'AL'
  /** Armenia */
  | 'AM'
  /** Angola */
  | 'AO'
  /** Antarctica */
  | 'AQ'
  /** Argentina */
  | 'AR'
  /** American Samoa */
  | 'AS'
  /** Austria */
  | 'AT'
  /** Australia */
  | 'AU'
  /** Aruba */
  | 'AW'
  /** Azerbaijan */
  | 'AZ'
  /** Bosnia and Herzegovina */
  | 'BA'
  /** Barbados */
  | 'BB'
  /** Bangladesh */
  | 'BD'
  /** Belgium */
  | 'BE'
  /** Burkina Faso */
  | 'BF'
  /** Bulgaria */
  | 'BG'
  /** Bahrain */
  | 'BH'
  /** Burundi */
  | 'BI'
  /** Benin */
  | 'BJ'
  /** Bermuda */
  | 'BM'
  /** Brunei */
  | 'BN'
  /** Bolivia */
  | 'BO'
  /** Caribbean Netherlands */
  | 'BQ'
  /** Brazil */
  | 'BR'
  /** Bahamas */
  | 'BS'
  /** Bhutan */
  | 'BT'
  /** Botswana */
  | 'BW'
  /** Belarus */
  | 'BY'
  /** Belize */
  | 'BZ'
  /** Canada */
  | 'CA'
  /** Congo - Kinshasa */
  | 'CD'
  /** Central African Republic */
  | 'CF'
  /** Congo - Brazzaville */
  | 'CG'
  /** Switzerland */
  | 'CH'
  /** Côte d’Ivoire */
  | 'CI'
  /** Cook Islands */
  | 'CK'
  /** Chile */
  | 'CL'
  /** Cameroon */
  | 'CM'
  /** China */
  | 'CN'
  /** Colombia */
  | 'CO'
  /** Costa Rica */
  | 'CR'
  /** Cuba */
  | 'CU'
  /** Cape Verde */
  | 'CV'
  /** Curaçao */
  | 'CW'
  /** Cyprus */
  | 'CY'
  /** Czechia */
  | 'CZ'
  /** Germany */
  | 'DE'
  /** Djibouti */
  | 'DJ'
  /** Denmark */
  | 'DK'
  /** Dominica */
  | 'DM'
  /** Dominican Republic */
  | 'DO'
  /** Algeria */
  | 'DZ'
  /** Ecuador */
  | 'EC'
  /** Estonia */
  | 'EE'
  /** Egypt */
  | 'EG'
  /** Eritrea */
  | 'ER'
  /** Spain */
  | 'ES'
  /** Ethiopia */
  | 'ET'
  /** Finland */
  | 'FI'
  /** Fiji */
  | 'FJ'
  /** Falkland Islands */
  | 'FK'
  /** Micronesia */
  | 'FM'
  /** Faroe Islands */
  | 'FO'
  /** France */
  | 'FR'
  /** Gabon */
  | 'GA'
  /** United Kingdom */
  | 'GB'
  /** Grenada */
  | 'GD'
  /** Georgia */
  | 'GE'
  /** French Guiana */
  | 'GF'
  /** Guernsey */
  | 'GG'
  /** Ghana */
  | 'GH'
  /** Gibraltar */
  | 'GI'
  /** Greenland */
  | 'GL'
  /** Gambia */
  | 'GM'
  /** Guinea */
  | 'GN'
  /** Guadeloupe */
  | 'GP'
  /** Equatorial Guinea */
  | 'GQ'
  /** Greece */
  | 'GR'
  /** Guatemala */
  | 'GT'
  /** Guam */
  | 'GU'
  /** Guinea-Bissau */
  | 'GW'
  /** Guyana */
  | 'GY'
  /** Hong Kong SAR China */
  | 'HK'
  /** Honduras */
  | 'HN'
  /** Croatia */
  | 'HR'
  /** Haiti */
  | 'HT'
  /** Hungary */
  | 'HU'
  /** Indonesia */
  | 'ID'
  /** Ireland */
  | 'IE'
  /** Israel */
  | 'IL'
  /** Isle of Man */
  | 'IM'
  /** India */
  | 'IN'
  /** British Indian Ocean Territory */
  | 'IO'
  /** Iraq */
  | 'IQ'
  /** Iran */
  | 'IR'
  /** Iceland */
  | 'IS'
  /** Italy */
  | 'IT'
  /** Jersey */
  | 'JE'
  /** Jamaica */
  | 'JM'
  /** Jordan */
  | 'JO'
  /** Japan */
  | 'JP'
  /** Kenya */
  | 'KE'
  /** Kyrgyzstan */
  | 'KG'
  /** Cambodia */
  | 'KH'
  /** Kiribati */
  | 'KI'
  /** Comoros */
  | 'KM'
  /** St. Kitts and Nevis */
  | 'KN'
  /** North Korea */
  | 'KP'
  /** South Korea */
  | 'KR'
  /** Kuwait */
  | 'KW'
  /** Cayman Islands */
  | 'KY'
  /** Kazakhstan */
  | 'KZ'
  /** Laos */
  | 'LA'
  /** Lebanon */
  | 'LB'
  /** St. Lucia */
  | 'LC'
  /** Liechtenstein */
  | 'LI'
  /** Sri Lanka */
  | 'LK'
  /** Liberia */
  | 'LR'
  /** Lesotho */
  | 'LS'
  /** Lithuania */
  | 'LT'
  /** Luxembourg */
  | 'LU'
  /** Latvia */
  | 'LV'
  /** Libya */
  | 'LY'
  /** Morocco */
  | 'MA'
  /** Monaco */
  | 'MC'
  /** Moldova */
  | 'MD'
  /** Montenegro */
  | 'ME'
  /** Madagascar */
  | 'MG'
  /** Marshall Islands */
  | 'MH'
  /** North Macedonia */
  | 'MK'
  /** Mali */
  | 'ML'
  /** Myanmar (Burma) */
  | 'MM'
  /** Mongolia */
  | 'MN'
  /** Macao SAR China */
  | 'MO'
  /** Northern Mariana Islands */
  | 'MP'
  /** Martinique */
  | 'MQ'
  /** Mauritania */
  | 'MR'
  /** Montserrat */
  | 'MS'
  /** Malta */
  | 'MT'
  /** Mauritius */
  | 'MU'
  /** Maldives */
  | 'MV'
  /** Malawi */
  | 'MW'
  /** Mexico */
  | 'MX'
  /** Malaysia */
  | 'MY'
  /** Mozambique */
  | 'MZ'
  /** Namibia */
  | 'NA'
  /** New Caledonia */
  | 'NC'
  /** Niger */
  | 'NE'
  /** Norfolk Island */
  | 'NF'
  /** Nigeria */
  | 'NG'
  /** Nicaragua */
  | 'NI'
  /** Netherlands */
  | 'NL'
  /** Norway */
  | 'NO'
  /** Nepal */
  | 'NP'
  /** Nauru */
  | 'NR'
  /** Niue */
  | 'NU'
  /** New Zealand */
  | 'NZ'
  /** Oman */
  | 'OM'
  /** Panama */
  | 'PA'
  /** Peru */
  | 'PE'
  /** French Polynesia */
  | 'PF'
  /** Papua New Guinea */
  | 'PG'
  /** Philippines */
  | 'PH'
  /** Pakistan */
  | 'PK'
  /** Poland */
  | 'PL'
  /** St. Pierre and Miquelon */
  | 'PM'
  /** Puerto Rico */
  | 'PR'
  /** Palestinian Territories */
  | 'PS'
  /** Portugal */
  | 'PT'
  /** Palau */
  | 'PW'
  /** Paraguay */
  | 'PY'
  /** Qatar */
  | 'QA'
  /** Réunion */
  | 'RE'
  /** Romania */
  | 'RO'
  /** Serbia */
  | 'RS'
  /** Russia */
  | 'RU'
  /** Rwanda */
  | 'RW'
  /** Saudi Arabia */
  | 'SA'
  /** Solomon Islands */
  | 'SB'
  /** Seychelles */
  | 'SC'
  /** Sudan */
  | 'SD'
  /** Sweden */
  | 'SE'
  /** Singapore */
  | 'SG'
  /** St. Helena */
  | 'SH'
  /** Slovenia */
  | 'SI'
  /** Slovakia */
  | 'SK'
  /** Sierra Leone */
  | 'SL'
  /** San Marino */
  | 'SM'
  /** Senegal */
  | 'SN'
  /** Somalia */
  | 'SO'
  /** Suriname */
  | 'SR'
  /** South Sudan */
  | 'SS'
  /** São Tomé and Príncipe */
  | 'ST'
  /** El Salvador */
  | 'SV'
  /** Sint Maarten */
  | 'SX'
  /** Syria */
  | 'SY'
  /** Eswatini */
  | 'SZ'
  /** Turks and Caicos Islands */
  | 'TC'
  /** Chad */
  | 'TD'
  /** Togo */
  | 'TG'
  /** Thailand */
  | 'TH'
  /** Tajikistan */
  | 'TJ'
  /** Tokelau */
  | 'TK'
  /** Timor-Leste */
  | 'TL'
  /** Turkmenistan */
  | 'TM'
  /** Tunisia */
  | 'TN'
  /** Tonga */
  | 'TO'
  /** Türkiye */
  | 'TR'
  /** Trinidad and Tobago */
  | 'TT'
  /** Tuvalu */
  | 'TV'
  /** Taiwan */
  | 'TW'
  /** Tanzania */
  | 'TZ'
  /** Ukraine */
  | 'UA'
  /** Uganda */
  | 'UG'
  /** U.S. Outlying Islands */
  | 'UM'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED'
  /** United States */
  | 'US'
  /** Uruguay */
  | 'UY'
  /** Uzbekistan */
  | 'UZ'
  /** St. Vincent and Grenadines */
  | 'VC'
  /** Venezuela */
  | 'VE'
  /** British Virgin Islands */
  | 'VG'
  /** U.S. Virgin Islands */
  | 'VI'
  /** Vietnam */
  | 'VN'
  /** Vanuatu */
  | 'VU'
  /** Wallis and Futuna */
  | 'WF'
  /** Samoa */
  | 'WS'
  /** Kosovo */
  | 'XK'
  /** Yemen */
  | 'YE'
  /** Mayotte */
  | 'YT'
  /** South Africa */
  | 'ZA'
  /** Zambia */
  | 'ZM'
  /** Zimbabwe */
  | 'ZW';

/** An RBM feature the tester's device supports (suggested actions, rich cards, message revocation). */
export type RcsFeature =
  /** Suggested action: compose a message. */
  | 'ACTION_COMPOSE'
  /** Suggested action: create a calendar event. */
  | 'ACTION_CREATE_CALENDAR_EVENT'
  /** Suggested action: dial a number. */
  | 'ACTION_DIAL'
  /** Suggested action: open a URL. */
  | 'ACTION_OPEN_URL'
  /** Suggested action: open a URL in a webview. */
  | 'ACTION_OPEN_URL_IN_WEBVIEW'
  /** Suggested action: share the device's location. */
  | 'ACTION_SHARE_LOCATION'
  /** Suggested action: show a location. */
  | 'ACTION_VIEW_LOCATION'
  /** RBM reported a feature without specifying it. */
  | 'FEATURE_UNSPECIFIED'
  /** Revoking a message that was not delivered yet. */
  | 'REVOCATION'
  /** Rich card carousels. */
  | 'RICHCARD_CAROUSEL'
  /** Standalone rich cards. */
  | 'RICHCARD_STANDALONE'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** Answers for an FR launch; both are required for launch. */
export type RcsFrAnswersInput = {
  /** Full postal address of the company. At least 1 character. */
  fullCompanyAddress?: string | null | undefined;
  /** Metadata of fullCompanyAddress (fullCompanyAddressMetadata), e.g. a delimiter to strip at launch. */
  fullCompanyAddressMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** French company directory number: exactly 9 digits. */
  siren?: string | null | undefined;
};

/** Answers for a GB launch; every field but campaignLength is required for launch. Each at least 1 character. */
export type RcsGbAnswersInput = {
  /** Free text; the GB question suggests values such as "Automotive". */
  brandIndustry?: string | null | undefined;
  /**
   * Campaign length, free text.
   * @deprecated Deprecated upstream; no longer asked.
   */
  campaignLength?: string | null | undefined;
  /** Legal name of the company. */
  companyLegalName?: string | null | undefined;
  /** UK company registration number. */
  companyRegistrationNumber?: string | null | undefined;
  /** Full postal address of the company. */
  fullCompanyAddress?: string | null | undefined;
  /** Metadata of fullCompanyAddress (fullCompanyAddressMetadata), e.g. a delimiter to strip at launch. */
  fullCompanyAddressMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** Expected message frequency, free text. */
  messagesFrequency?: string | null | undefined;
  /** Expected message volume, free text. */
  messagesVolume?: string | null | undefined;
};

/** General launch answers; the four descriptions are required for launch. */
export type RcsGeneralAnswersInput = {
  /** How users interact with the agent. At least 1 character. */
  interactionsDescription?: string | null | undefined;
  /** Metadata of interactionsDescription (interactionsDescriptionMetadata), e.g. a delimiter to strip at launch. */
  interactionsDescriptionMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** How users opt in. At least 1 character. */
  optInDescription?: string | null | undefined;
  /** Metadata of optInDescription (optInDescriptionMetadata), e.g. a delimiter to strip at launch. */
  optInDescriptionMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** How users opt out. At least 1 character. */
  optOutDescription?: string | null | undefined;
  /** Metadata of optOutDescription (optOutDescriptionMetadata), e.g. a delimiter to strip at launch. */
  optOutDescriptionMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** At least one http(s) URL of a screenshot. */
  screenshotUris?: Array<string> | null | undefined;
  /** What triggers the messages. At least 1 character. */
  triggerDescription?: string | null | undefined;
  /** Metadata of triggerDescription (triggerDescriptionMetadata), e.g. a delimiter to strip at launch. */
  triggerDescriptionMetadata?: RcsAnswerMetadataInput | null | undefined;
  /** At least one http(s) URL of a video showing the agent. Without one, a launch waits in PREPARING_LAUNCH until Sinch adds it. */
  videoUris?: Array<string> | null | undefined;
};

/** Google-side hosting region of the RBM agent; set by the platform, read-only. */
export type RcsHostingRegion =
  /** Google hosts the agent in Asia-Pacific. */
  | 'ASIA_PACIFIC'
  /** Google hosts the agent in Europe (EU senders in the published examples). */
  | 'EUROPE'
  /** Google hosts the agent in North America. */
  | 'NORTH_AMERICA'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** A contact e-mail for the agent profile (details.brand.emails[]). */
export type RcsLabeledEmailInput = {
  /** Contact e-mail address. */
  address: string;
  /** Display label, at most 25 characters (sent as "" when omitted). */
  label?: string | null | undefined;
};

/** A contact phone for the agent profile (details.brand.phones[]). */
export type RcsLabeledPhoneInput = {
  /** Display label, at most 25 characters (sent as "" when omitted). */
  label?: string | null | undefined;
  /** Contact phone, 6 to 15 characters: a national number without country code or separators, or an E.164 number (pattern ^\+?[\d+\s]{6,15}$). */
  number: string;
};

/** A website for the agent profile (details.brand.websites[]). */
export type RcsLabeledUrlInput = {
  /** Display label, at most 25 characters (sent as "" when omitted). */
  label?: string | null | undefined;
  /** Website address: http(s), at most 255 characters. */
  url: string;
};

/** A country an RCS sender can be launched in (the 25 the upstream accepts, ISO-3166 alpha-2). Every launch needs the general and verification questionnaire sections; GB, FR and US need their own section too. */
export type RcsLaunchCountry =
  /** Austria. */
  | 'AT'
  /** Belgium. */
  | 'BE'
  /** Brazil. */
  | 'BR'
  /** Canada. */
  | 'CA'
  /** Czechia. */
  | 'CZ'
  /** Germany. */
  | 'DE'
  /** Denmark. */
  | 'DK'
  /** Spain. */
  | 'ES'
  /** Finland. */
  | 'FI'
  /** France. Launching here needs the `fr` questionnaire section (fullCompanyAddress, siren). */
  | 'FR'
  /** United Kingdom. Launching here needs the `gb` questionnaire section. */
  | 'GB'
  /** Greece. */
  | 'GR'
  /** Hungary. */
  | 'HU'
  /** Italy. */
  | 'IT'
  /** Lithuania. */
  | 'LT'
  /** Mexico. */
  | 'MX'
  /** Netherlands. */
  | 'NL'
  /** Norway. */
  | 'NO'
  /** Peru. */
  | 'PE'
  /** Poland. */
  | 'PL'
  /** Portugal. */
  | 'PT'
  /** Sweden. */
  | 'SE'
  /** Singapore. */
  | 'SG'
  /** Slovakia. */
  | 'SK'
  /** United States. Launching here needs the `us` (v2) questionnaire section and a verification phone. */
  | 'US';

/** Launch status in one country or with one operator: NOT_LAUNCHED → PENDING → LAUNCHED or REJECTED; later SUSPENDED, PENDING_UNLAUNCHED → UNLAUNCHED. */
export type RcsOperatorStatus =
  /** The brand failed Google My Business verification. */
  | 'INVALID_IN_GOOGLE_MY_BUSINESS'
  /** Active. */
  | 'LAUNCHED'
  /** Registered there but not active: no launch started yet. */
  | 'NOT_LAUNCHED'
  /** Awaiting operator approval or provisioning. */
  | 'PENDING'
  /** Being taken down. */
  | 'PENDING_UNLAUNCHED'
  /** Refused; `remark` usually says why. */
  | 'REJECTED'
  /** Temporarily disabled. */
  | 'SUSPENDED'
  /** Taken down. */
  | 'UNLAUNCHED'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** Launch questionnaire answers, by section. The sections needed depend on the launch countries (GB, FR, US); see Project.rcsQuestionnaire for the questions. */
export type RcsQuestionnaireInput = {
  /** FR answers (details.questionnaire.fr.answers); needed to launch in FR. */
  fr?: RcsFrAnswersInput | null | undefined;
  /** GB answers (details.questionnaire.gb.answers); needed to launch in GB. */
  gb?: RcsGbAnswersInput | null | undefined;
  /** General answers (details.questionnaire.general.answers); needed for every launch. */
  general?: RcsGeneralAnswersInput | null | undefined;
  /** US v2 answers (details.questionnaire.us.answers); needed to launch in US. */
  us?: RcsUsAnswersInput | null | undefined;
  /** Verification contact (details.questionnaire.verification.answers); needed for every launch. */
  verification?: RcsVerificationAnswersInput | null | undefined;
};

/** Sinch region the sender is provisioned in; it must match the region of the Conversation API app it is linked to. */
export type RcsRegion =
  /** Sinch region Brazil. */
  | 'BR'
  /** Sinch region Europe. */
  | 'EU'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED'
  /** Sinch region United States (the only region for the AT&T supplier). */
  | 'US';

/** Every writable detail of a sender. On update: an absent field is left alone, an explicit null deletes the value (testNumbers, countries, brand emails/phones/websites and every questionnaire answer). */
export type RcsSenderDetailsInput = {
  /** The agent profile (details.brand); the logo and banner are fetched and checked on write. */
  brand?: RcsBrandInput | null | undefined;
  /** Launch countries: at least one when given, unique. Editable even while LAUNCHING or LAUNCHED. */
  countries?: Array<RcsLaunchCountry> | null | undefined;
  /** Launch questionnaire answers (details.questionnaire), by section; not required at create. */
  questionnaire?: RcsQuestionnaireInput | null | undefined;
  /** Test numbers in E.164, unique, at most 200. Each new number gets a tester invite (Google RBM caps invites at 20 per day and 200 in total). On update the list replaces the stored one. */
  testNumbers?: Array<string> | null | undefined;
};

/** Filters of the upstream sender list (all optional, combined with AND). */
export type RcsSenderFilter = {
  /** Only senders linked to this Conversation API app (filterConversationApiAppId); at most 64 characters, else the request is refused (BAD_USER_INPUT) before any upstream call. */
  conversationApiAppId?: string | null | undefined;
  /** Partial, case-insensitive match on the sender (search); at most 100 characters, else the request is refused (BAD_USER_INPUT) before any upstream call. */
  search?: string | null | undefined;
  /** Only these upstream sender ids (filterSenderIds, sent comma-separated): at most 50 ids of 1 to 40 letters, digits, "-", "_", "." or "~" (a UUID fits), else the request is refused (BAD_USER_INPUT) before any upstream call. */
  senderIds?: Array<string> | null | undefined;
  /** Only senders in these states (filterStates). UNRECOGNIZED is not a filter value. */
  states?: Array<RcsSenderState> | null | undefined;
};

/** Sort order of the sender list (sortColumn, sortDirection). */
export type RcsSenderOrder = {
  /** Sort direction (sortDirection); ascending by default. */
  direction?: OrderDirection;
  /** Column to sort by (sortColumn). */
  field: RcsSenderOrderField;
};

/** Column the sender list is sorted by (upstream sortColumn). */
export type RcsSenderOrderField =
  /** Creation time. */
  | 'CREATED'
  /** Last modification time. */
  | 'MODIFIED'
  /** Brand name (details.brand.name). */
  | 'NAME'
  /** Lifecycle state. */
  | 'STATE';

/** Lifecycle state of an RCS sender: DRAFT → IN_PROGRESS → IN_TEST → PREPARING_LAUNCH → LAUNCHING → LAUNCHED; UNLAUNCHED after being switched off; UNKNOWN when it cannot be determined. */
export type RcsSenderState =
  /** Saved but incomplete; registration starts once the mandatory brand data is present. */
  | 'DRAFT'
  /** Sinch and Google are registering the agent. */
  | 'IN_PROGRESS'
  /** The agent exists and can message verified test numbers; a launch can be requested. */
  | 'IN_TEST'
  /** Live. */
  | 'LAUNCHED'
  /** Submitted to Google and the operators; the review is running (days to weeks). */
  | 'LAUNCHING'
  /** Launch requested and being prepared, e.g. waiting for Sinch to add a review video. */
  | 'PREPARING_LAUNCH'
  /** The upstream could not determine the state, or reported none. */
  | 'UNKNOWN'
  /** Switched off after having been launched (by Sinch or the operators; the API cannot unlaunch). */
  | 'UNLAUNCHED'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** State of a tester invite (testNumberStates[].state). Recovery from DECLINED, REJECTED or INVALID: delete the number and add it again. */
export type RcsTestNumberState =
  /** The user or the system declined the invite; delete and re-add the number to try again. */
  | 'DECLINED'
  /** The invite timed out without an answer. */
  | 'EXPIRED'
  /** The number could not be added after all attempts. */
  | 'FAILED'
  /** The number or its configuration is not valid. */
  | 'INVALID'
  /** Waiting on the backend or the operator. */
  | 'PENDING'
  /** Verification was refused (operator or Google). */
  | 'REJECTED'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED'
  /** Invite sent, not yet accepted (also right after a re-invite of a VERIFIED number). */
  | 'UNVERIFIED'
  /** The tester accepted; the number can receive test messages. */
  | 'VERIFIED';

/** US v2 (brand campaign) answers; sending them makes the update use ?usQuestionnaireVersion=v2. Variants: US_PUBLIC (PUBLIC, CORPORATION, US tax id, addressState, stock fields), US_PRIVATE (PRIVATE, US tax id, addressState, no stock fields), NON_US_PUBLIC (PUBLIC, CORPORATION, non-US tax id, stock fields, no addressState), NON_US_PRIVATE (PRIVATE, non-US tax id, neither). Not required at create; required for a US launch. */
export type RcsUsAnswersInput = {
  /** City. 1 to 100 characters. */
  addressCity?: string | null | undefined;
  /** ISO-3166 alpha-2 country. */
  addressCountry?: string | null | undefined;
  /** Street address. 1 to 100 characters. */
  addressLine?: string | null | undefined;
  /** Postal code. 1 to 10 characters. */
  addressPostalCode?: string | null | undefined;
  /** US state or territory code (e.g. NY); only for a US tax id (taxIdCountry US). */
  addressState?: string | null | undefined;
  /** Content is age-gated. */
  ageGatedContent?: boolean | null | undefined;
  /** One of AGRICULTURE, COMMUNICATION, CONSTRUCTION, EDUCATION, ENERGY, ENTERTAINMENT, FINANCIAL, GAMBLING, GOVERNMENT, HEALTHCARE, HOSPITALITY, HUMAN_RESOURCES, INSURANCE, LEGAL, MANUFACTURING, NON_GOVERNMENTAL_ORGANIZATION, POLITICAL, POSTAL, PROFESSIONAL, REAL_ESTATE, RETAIL, TECHNOLOGY, TRANSPORTATION. */
  brandIndustry?: string | null | undefined;
  /** Brand or DBA name; must belong to the legal company. 1 to 100 characters. */
  brandName?: string | null | undefined;
  /** Call to action shown to users when they opt in. 40 to 4096 characters. */
  callToActionMessage?: string | null | undefined;
  /** Company e-mail, at most 100 characters. */
  companyEmailAddress?: string | null | undefined;
  /** Legal company name. 1 to 100 characters. */
  companyLegalName?: string | null | undefined;
  /** Company phone number. 1 to 13 characters. */
  companyPhoneNumber?: string | null | undefined;
  /** Contact first name. 1 to 100 characters. */
  contactFirstName?: string | null | undefined;
  /** Contact surname. 1 to 100 characters. */
  contactSurname?: string | null | undefined;
  /** Direct lending or loan arrangements. */
  directLending?: boolean | null | undefined;
  /** Messages contain links. */
  embeddedLink?: boolean | null | undefined;
  /** Messages contain phone numbers. */
  embeddedPhone?: boolean | null | undefined;
  /** Answer to HELP. 20 to 1024 characters. */
  helpMessage?: string | null | undefined;
  /** One of CORPORATION, LIMITED_LIABILITY_COMPANY, PARTNERSHIP, S_CORPORATION. PUBLIC companies may only use CORPORATION. */
  legalForm?: string | null | undefined;
  /** Expected message volume. */
  messagesVolume?: number | null | undefined;
  /** Message confirming the opt-in. 20 to 1024 characters. */
  optInConfirmationMessage?: string | null | undefined;
  /** PRIVATE or PUBLIC (listed company). */
  ownershipType?: string | null | undefined;
  /** 1 to 5 sample messages of 20 to 1024 characters each. */
  sampleMessages?: Array<string> | null | undefined;
  /** Stock exchange; only for PUBLIC companies. 1 to 10 characters. */
  stockExchange?: string | null | undefined;
  /** Stock symbol; only for PUBLIC companies. 1 to 6 characters. */
  stockSymbol?: string | null | undefined;
  /** Tax id: XX-XXXXXXX (EIN) when taxIdCountry is US, otherwise the local format. 1 to 25 characters. */
  taxId?: string | null | undefined;
  /** ISO-3166 alpha-2 country of the tax id. US selects the US_* variants, any other the NON_US_* ones. */
  taxIdCountry?: string | null | undefined;
  /** Company website: an http(s) URL of at most 100 characters. */
  websiteUrl?: string | null | undefined;
};

/** Variant of the US v2 questions (upstream usQuestionnaireBrandCampaignVersion): decides whether addressState and the stock fields are asked. */
export type RcsUsBrandCampaignVersion =
  /** Private company with a non-US tax id: no addressState, no stock fields. */
  | 'NON_US_PRIVATE'
  /** Listed CORPORATION with a non-US tax id: stock fields, no addressState. */
  | 'NON_US_PUBLIC'
  /** Private company with a US tax id (EIN): addressState, no stock fields. */
  | 'US_PRIVATE'
  /** Listed CORPORATION with a US tax id (EIN): addressState and stock fields. */
  | 'US_PUBLIC';

/** Generation of the US questionnaire (upstream usQuestionnaireVersion v1 | v2). */
export type RcsUsQuestionnaireVersion =
  /** The legacy US questions (ein, fullCompanyAddress, smsCampaign, free-text brandIndustry). */
  | 'V1'
  /** The current US "brand campaign" questions. */
  | 'V2';

/** Declared messaging use case of the sender, fixed at creation; decides the launch questionnaire. */
export type RcsUseCase =
  /** Several kinds of traffic mixed. */
  | 'MULTIUSE'
  /** One-time passwords only. */
  | 'OTP'
  /** Marketing. */
  | 'PROMOTIONAL'
  /** Non-marketing account and service alerts. */
  | 'TRANSACTIONAL'
  /** A value a newer upstream sent that this version of the graph does not know (logged once). Never accepted as input. */
  | 'UNRECOGNIZED';

/** Verification contact. On create, a verification section needs name, email and website; all three are required for launch. */
export type RcsVerificationAnswersInput = {
  /** Contact e-mail, at most 100 characters. */
  email?: string | null | undefined;
  /** Contact name. At least 1 character. */
  name?: string | null | undefined;
  /** The brand partner; only when an ASP reseller acts on behalf of the brand. */
  partner?: RcsVerificationPartnerInput | null | undefined;
  /** Contact phone in international form (pattern ^(?:\+|00)\d{6,15}$). Required for launch when US is a launch country. */
  phone?: string | null | undefined;
  /** Job title of the contact, 1 to 100 characters. */
  title?: string | null | undefined;
  /** An http(s) URL. */
  website?: string | null | undefined;
};

/** Brand partner details; only for ASP resellers acting on behalf of a brand. */
export type RcsVerificationPartnerInput = {
  /** 1 to 100 characters. */
  companyName?: string | null | undefined;
  /** An e-mail address of at most 100 characters. */
  contactEmailAddress?: string | null | undefined;
  /** 1 to 100 characters. */
  contactName?: string | null | undefined;
};

/** A test number of a sender whose tester invite to send again. */
export type ResendRcsTestNumberInviteInput = {
  /** The test number to re-invite (E.164). A VERIFIED number goes back to UNVERIFIED. */
  number: string;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  senderId: string;
};

/** Patch semantics: an absent field is left alone; an explicit null deletes the value upstream. */
export type UpdateRcsSenderInput = {
  /** The details to change: at least one effective field (a value, or null to delete one), else a ValidationError at input.details before any upstream call; while LAUNCHING or LAUNCHED only countries. */
  details: RcsSenderDetailsInput;
  /** The sender's global id (RcsSender.id) or its upstream id (then projectId is required). */
  id: string;
  /** The Sinch project id. Required when the sender is given by its upstream id. */
  projectId?: string | null | undefined;
};

export type AddRcsAccountCommentMutationVariables = Exact<{
  input: AddRcsAccountCommentInput;
}>;


export type AddRcsAccountCommentMutation = { addRcsAccountComment:
    | { __typename: 'AddRcsAccountCommentSuccess', comment: { comment: string, createdAt: string | null } }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type AddRcsSenderCommentMutationVariables = Exact<{
  input: AddRcsSenderCommentInput;
}>;


export type AddRcsSenderCommentMutation = { addRcsSenderComment:
    | { __typename: 'AddRcsSenderCommentSuccess', comment: { comment: string, author: string | null, createdAt: string | null } }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type AddRcsSenderCommentWithSenderMutationVariables = Exact<{
  input: AddRcsSenderCommentInput;
}>;


export type AddRcsSenderCommentWithSenderMutation = { addRcsSenderComment:
    | { __typename: 'AddRcsSenderCommentSuccess', comment: { comment: string }, sender: { id: string, comments: { nodes: Array<{ comment: string, author: string | null }> } | null } | null }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type AddRcsTestNumbersMutationVariables = Exact<{
  input: AddRcsTestNumbersInput;
}>;


export type AddRcsTestNumbersMutation = { addRcsTestNumbers:
    | { __typename: 'AddRcsTestNumbersSuccess', testNumbers: Array<{ number: string, state: RcsTestNumberState, submittedAt: string | null }> }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type AddRcsTestNumbersWithSenderMutationVariables = Exact<{
  input: AddRcsTestNumbersInput;
}>;


export type AddRcsTestNumbersWithSenderMutation = { addRcsTestNumbers:
    | { __typename: 'AddRcsTestNumbersSuccess', sender: { id: string, state: RcsSenderState, testNumbers: Array<{ number: string, state: RcsTestNumberState }> } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState }> }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type CreateRcsSenderMutationVariables = Exact<{
  input: CreateRcsSenderInput;
}>;


export type CreateRcsSenderMutation = { createRcsSender:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateRcsSenderSuccess', sender: { id: string, senderId: string, projectId: string, state: RcsSenderState, region: RcsRegion, billingCategory: RcsBillingCategory, useCase: RcsUseCase, countries: Array<RcsCountryCode>, brand: { name: string | null, description: string | null, color: string | null, bannerUrl: string | null, logoUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, emails: Array<{ label: string | null, address: string }>, phones: Array<{ label: string | null, number: string }>, websites: Array<{ label: string | null, url: string }> } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState }>, launchReadiness: { ready: boolean, missing: Array<{ code: string }> } } }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type DeleteRcsTestNumberMutationVariables = Exact<{
  input: DeleteRcsTestNumberInput;
}>;


export type DeleteRcsTestNumberMutation = { deleteRcsTestNumber:
    | { __typename: 'DeleteRcsTestNumberSuccess', deletedNumber: string, sender: { id: string, testNumbers: Array<{ number: string, state: RcsTestNumberState }> } | null }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
   | null };

type MutErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type MutErrorFields_InvalidStateError_Fragment = { __typename: 'InvalidStateError', state: RcsSenderState | null, code: string, message: string };

type MutErrorFields_LaunchPreconditionError_Fragment = { __typename: 'LaunchPreconditionError', unmet: Array<string>, code: string, message: string, requirements: Array<{ code: string, message: string, field: string | null, upstreamPath: string | null }> };

type MutErrorFields_LimitReachedError_Fragment = { __typename: 'LimitReachedError', code: string, message: string };

type MutErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string };

type MutErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string };

type MutErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> };

export type MutErrorFieldsFragment =
  | MutErrorFields_ConflictError_Fragment
  | MutErrorFields_InvalidStateError_Fragment
  | MutErrorFields_LaunchPreconditionError_Fragment
  | MutErrorFields_LimitReachedError_Fragment
  | MutErrorFields_NotFoundError_Fragment
  | MutErrorFields_RateLimitedError_Fragment
  | MutErrorFields_ValidationError_Fragment
;

export type MutSenderFieldsFragment = { id: string, senderId: string, projectId: string, state: RcsSenderState, region: RcsRegion, billingCategory: RcsBillingCategory, useCase: RcsUseCase, countries: Array<RcsCountryCode>, brand: { name: string | null, description: string | null, color: string | null, bannerUrl: string | null, logoUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, emails: Array<{ label: string | null, address: string }>, phones: Array<{ label: string | null, number: string }>, websites: Array<{ label: string | null, url: string }> } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState }>, launchReadiness: { ready: boolean, missing: Array<{ code: string }> } };

export type LaunchRcsSenderMutationVariables = Exact<{
  input: LaunchRcsSenderInput;
}>;


export type LaunchRcsSenderMutation = { launchRcsSender:
    | { __typename: 'InvalidStateError', state: RcsSenderState | null, code: string, message: string }
    | { __typename: 'LaunchPreconditionError', unmet: Array<string>, code: string, message: string, requirements: Array<{ code: string, message: string, field: string | null, upstreamPath: string | null }> }
    | { __typename: 'LaunchRcsSenderSuccess', sender: { id: string, state: RcsSenderState, launchedAt: string | null, countryStatuses: Array<{ country: RcsCountryCode, status: RcsOperatorStatus }> } }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
   | null };

export type MutationFlowSenderQueryVariables = Exact<{
  projectId: string;
  id: string;
}>;


export type MutationFlowSenderQuery = { project: { rcsSender: { id: string, senderId: string, projectId: string, state: RcsSenderState, region: RcsRegion, billingCategory: RcsBillingCategory, useCase: RcsUseCase, countries: Array<RcsCountryCode>, questionnaire: { general: { optInDescription: string | null, triggerDescription: string | null, videoUris: Array<string> } | null, verification: { name: string | null, email: string | null, phone: string | null } | null } | null, brand: { name: string | null, description: string | null, color: string | null, bannerUrl: string | null, logoUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, emails: Array<{ label: string | null, address: string }>, phones: Array<{ label: string | null, number: string }>, websites: Array<{ label: string | null, url: string }> } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState }>, launchReadiness: { ready: boolean, missing: Array<{ code: string }> } } | null } };

export type SenderAfterWriteQueryVariables = Exact<{
  projectId: string;
  id: string;
}>;


export type SenderAfterWriteQuery = { project: { rcsSender: { testNumbers: Array<{ number: string, state: RcsTestNumberState }>, comments: { nodes: Array<{ comment: string }> } | null } | null } };

export type ResendRcsTestNumberInviteMutationVariables = Exact<{
  input: ResendRcsTestNumberInviteInput;
}>;


export type ResendRcsTestNumberInviteMutation = { resendRcsTestNumberInvite:
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
    | { __typename: 'ResendRcsTestNumberInviteSuccess', testNumber: { number: string, state: RcsTestNumberState, submittedAt: string | null } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type UpdateRcsSenderMutationVariables = Exact<{
  input: UpdateRcsSenderInput;
}>;


export type UpdateRcsSenderMutation = { updateRcsSender:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', resourceId: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string }
    | { __typename: 'UpdateRcsSenderSuccess', sender: { id: string, senderId: string, projectId: string, state: RcsSenderState, region: RcsRegion, billingCategory: RcsBillingCategory, useCase: RcsUseCase, countries: Array<RcsCountryCode>, brand: { name: string | null, description: string | null, color: string | null, bannerUrl: string | null, logoUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, emails: Array<{ label: string | null, address: string }>, phones: Array<{ label: string | null, number: string }>, websites: Array<{ label: string | null, url: string }> } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState }>, launchReadiness: { ready: boolean, missing: Array<{ code: string }> } } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: Array<string>, message: string }> }
   | null };

export type UpdateRcsSenderPrimedMutationVariables = Exact<{
  input: UpdateRcsSenderInput;
  id: string;
}>;


export type UpdateRcsSenderPrimedMutation = { updateRcsSender:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpdateRcsSenderSuccess', sender: { state: RcsSenderState, project: { rcsSender: { id: string, brand: { description: string | null } | null } | null } } }
    | { __typename: 'ValidationError' }
   | null };

export type ProjectSendersBudgetQueryVariables = Exact<{
  projectId: string;
  first?: number | null | undefined;
}>;


export type ProjectSendersBudgetQuery = { project: { rcsSenders: { nodes: Array<{ state: RcsSenderState, testNumbers: Array<{ capabilities:
            | { __typename: 'RcsCapabilities' }
            | { __typename: 'RcsCapabilitiesUnavailable' }
           | null }>, activities: { totalCount: number } | null }> } | null } };

export type SenderPageQueryVariables = Exact<{
  projectId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RcsSenderFilter | null | undefined;
  orderBy?: RcsSenderOrder | null | undefined;
}>;


export type SenderPageQuery = { project: { id: string, rcsSenders: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, senderId: string, state: RcsSenderState, brand: { name: string | null } | null } }> } | null } };

export type ProjectActivitiesQueryVariables = Exact<{
  projectId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectActivitiesQuery = { project: { id: string, rcsActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { type: RcsActivityType, createdAt: string | null, author: string | null, comment: string | null } }> } | null } };

export type QuestionnaireQueryVariables = Exact<{
  projectId: string;
  useCase: RcsUseCase;
  countries?: Array<RcsLaunchCountry> | RcsLaunchCountry | null | undefined;
  usQuestionnaireVersion?: RcsUsQuestionnaireVersion | null | undefined;
  usBrandCampaignVersion?: RcsUsBrandCampaignVersion | null | undefined;
}>;


export type QuestionnaireQuery = { project: { rcsQuestionnaire: { general: Array<{ key: string, question: string, suggestedAnswers: Array<string> }>, verification: Array<{ key: string, question: string }>, gb: Array<{ key: string }> | null, fr: Array<{ key: string }> | null, us: Array<{ key: string }> | null } | null } };

export type ProjectHandleQueryVariables = Exact<{
  projectId: string;
}>;


export type ProjectHandleQuery = { project: { id: string } };

export type SenderAliasesQueryVariables = Exact<{
  projectId: string;
  senderId: string;
  globalId: string;
}>;


export type SenderAliasesQuery = { project: { a: { id: string, state: RcsSenderState } | null, b: { senderId: string, brand: { name: string | null } | null } | null, c: { projectId: string } | null }, node:
    | { senderId: string, id: string }
    | { id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { senderId: string, projectId: string, state: RcsSenderState, id: string }
    | { id: string }
   | null> };

export type SenderByIdQueryVariables = Exact<{
  projectId: string;
  id: string;
}>;


export type SenderByIdQuery = { project: { rcsSender: { id: string, senderId: string, state: RcsSenderState } | null } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { senderId: string, id: string }
    | { id: string }
   | null };

export type SenderDetailQueryVariables = Exact<{
  projectId: string;
  id: string;
  number: string;
}>;


export type SenderDetailQuery = { project: { rcsSender: { id: string, senderId: string, projectId: string, state: RcsSenderState, region: RcsRegion, billingCategory: RcsBillingCategory, useCase: RcsUseCase, hostingRegion: RcsHostingRegion | null, countries: Array<RcsCountryCode>, authName: string | null, googleAgentId: string | null, googleBrandId: string | null, createdAt: string | null, modifiedAt: string | null, launchedAt: string | null, project: { id: string }, brand: { name: string | null, description: string | null, color: string | null, bannerUrl: string | null, logoUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, emails: Array<{ label: string | null, address: string }>, phones: Array<{ label: string | null, number: string }>, websites: Array<{ label: string | null, url: string }> } | null, countryStatuses: Array<{ country: RcsCountryCode, status: RcsOperatorStatus, operators: Array<{ name: string, status: RcsOperatorStatus, remark: string | null, modifiedAt: string | null }> }>, questionnaire: { general: { optInDescription: string | null, triggerDescription: string | null, interactionsDescription: string | null, optOutDescription: string | null, videoUris: Array<string>, screenshotUris: Array<string> } | null, verification: { name: string | null, email: string | null, title: string | null, website: string | null, phone: string | null } | null, gb: { brandIndustry: string | null, companyLegalName: string | null, companyRegistrationNumber: string | null, fullCompanyAddress: string | null, messagesVolume: string | null, messagesFrequency: string | null } | null, fr: { fullCompanyAddress: string | null, siren: string | null } | null, us: { ownershipType: string | null, companyLegalName: string | null, brandName: string | null, taxIdCountry: string | null, taxId: string | null, legalForm: string | null, addressState: string | null, sampleMessages: Array<string>, embeddedLink: boolean | null } | null } | null, testNumbers: Array<{ number: string, state: RcsTestNumberState, submittedAt: string | null, capabilities:
          | { __typename: 'RcsCapabilities', features: Array<RcsFeature> }
          | { __typename: 'RcsCapabilitiesUnavailable', code: string, message: string }
         | null }>, testNumber: { number: string, state: RcsTestNumberState } | null, activities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { type: RcsActivityType, createdAt: string | null, author: string | null, comment: string | null } }>, nodes: Array<{ type: RcsActivityType }> } | null, comments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { comment: string, author: string | null, createdAt: string | null } }>, nodes: Array<{ comment: string }> } | null, launchReadiness: { ready: boolean, missing: Array<{ code: string, message: string, field: string | null }> }, conversationApiApp: { id: string, projectId: string, region: RcsRegion, channelStatus: RcsChannelStatus | null } | null, brandRegistration: { brandId: string, brandStatus: RcsBrandStatus, registrationId: string, registrationStatus: RcsBrandRegistrationStatus } | null, campaign: { id: string, name: string, requestId: string } | null } | null } };

export type SenderReadinessQueryVariables = Exact<{
  projectId: string;
  first?: number | null | undefined;
}>;


export type SenderReadinessQuery = { project: { rcsSenders: { nodes: Array<{ senderId: string, state: RcsSenderState, launchReadiness: { ready: boolean, missing: Array<{ code: string, message: string, field: string | null, upstreamPath: string | null }> } }> } | null } };

export type SenderActivitiesQueryVariables = Exact<{
  projectId: string;
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SenderActivitiesQuery = { project: { rcsSender: { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ type: RcsActivityType, createdAt: string | null, comment: string | null }> } | null, comments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ comment: string, createdAt: string | null }> } | null } | null } };

export const MutErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<MutErrorFieldsFragment, unknown>;
export const MutSenderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutSenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"billingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutSenderFieldsFragment, unknown>;
export const AddRcsAccountCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRcsAccountComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsAccountCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRcsAccountComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsAccountCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddRcsAccountCommentMutation, AddRcsAccountCommentMutationVariables>;
export const AddRcsSenderCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRcsSenderComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsSenderCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRcsSenderComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsSenderCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddRcsSenderCommentMutation, AddRcsSenderCommentMutationVariables>;
export const AddRcsSenderCommentWithSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRcsSenderCommentWithSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsSenderCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRcsSenderComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsSenderCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddRcsSenderCommentWithSenderMutation, AddRcsSenderCommentWithSenderMutationVariables>;
export const AddRcsTestNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRcsTestNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsTestNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRcsTestNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsTestNumbersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddRcsTestNumbersMutation, AddRcsTestNumbersMutationVariables>;
export const AddRcsTestNumbersWithSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRcsTestNumbersWithSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsTestNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRcsTestNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddRcsTestNumbersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddRcsTestNumbersWithSenderMutation, AddRcsTestNumbersWithSenderMutationVariables>;
export const CreateRcsSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRcsSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRcsSenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRcsSenderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutSenderFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutSenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"billingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateRcsSenderMutation, CreateRcsSenderMutationVariables>;
export const DeleteRcsTestNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRcsTestNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRcsTestNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRcsTestNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRcsTestNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteRcsTestNumberMutation, DeleteRcsTestNumberMutationVariables>;
export const LaunchRcsSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaunchRcsSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchRcsSenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchRcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchRcsSenderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"countryStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<LaunchRcsSenderMutation, LaunchRcsSenderMutationVariables>;
export const MutationFlowSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationFlowSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutSenderFields"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optInDescription"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"videoUris"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutSenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"billingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MutationFlowSenderQuery, MutationFlowSenderQueryVariables>;
export const SenderAfterWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderAfterWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SenderAfterWriteQuery, SenderAfterWriteQueryVariables>;
export const ResendRcsTestNumberInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendRcsTestNumberInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendRcsTestNumberInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendRcsTestNumberInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResendRcsTestNumberInviteSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ResendRcsTestNumberInviteMutation, ResendRcsTestNumberInviteMutationVariables>;
export const UpdateRcsSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRcsSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRcsSenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRcsSenderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutSenderFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutSenderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"billingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LaunchPreconditionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmet"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateRcsSenderMutation, UpdateRcsSenderMutationVariables>;
export const UpdateRcsSenderPrimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRcsSenderPrimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRcsSenderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRcsSenderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRcsSenderPrimedMutation, UpdateRcsSenderPrimedMutationVariables>;
export const ProjectSendersBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectSendersBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectSendersBudgetQuery, ProjectSendersBudgetQueryVariables>;
export const SenderPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSenderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSenderOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rcsSenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SenderPageQuery, SenderPageQueryVariables>;
export const ProjectActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rcsActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectActivitiesQuery, ProjectActivitiesQueryVariables>;
export const QuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Questionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"useCase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsUseCase"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsLaunchCountry"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usQuestionnaireVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsUsQuestionnaireVersion"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usBrandCampaignVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RcsUsBrandCampaignVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"useCase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"useCase"}}},{"kind":"Argument","name":{"kind":"Name","value":"countries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}},{"kind":"Argument","name":{"kind":"Name","value":"usQuestionnaireVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usQuestionnaireVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"usBrandCampaignVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usBrandCampaignVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAnswers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"us"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireQuery, QuestionnaireQueryVariables>;
export const ProjectHandleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHandle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProjectHandleQuery, ProjectHandleQueryVariables>;
export const SenderAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"senderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"globalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"senderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"senderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"globalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"globalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderId"}}]}}]}}]}}]} as unknown as DocumentNode<SenderAliasesQuery, SenderAliasesQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const SenderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SenderByIdQuery, SenderByIdQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsSender"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderId"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const SenderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"billingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"useCase"}},{"kind":"Field","name":{"kind":"Name","value":"hostingRegion"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannerUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"countryStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optInDescription"}},{"kind":"Field","name":{"kind":"Name","value":"triggerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interactionsDescription"}},{"kind":"Field","name":{"kind":"Name","value":"optOutDescription"}},{"kind":"Field","name":{"kind":"Name","value":"videoUris"}},{"kind":"Field","name":{"kind":"Name","value":"screenshotUris"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"companyLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"companyRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullCompanyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"messagesVolume"}},{"kind":"Field","name":{"kind":"Name","value":"messagesFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullCompanyAddress"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"us"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipType"}},{"kind":"Field","name":{"kind":"Name","value":"companyLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"taxIdCountry"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"addressState"}},{"kind":"Field","name":{"kind":"Name","value":"sampleMessages"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedLink"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RcsCapabilitiesUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authName"}},{"kind":"Field","name":{"kind":"Name","value":"conversationApiApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"channelStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"googleAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"googleBrandId"}},{"kind":"Field","name":{"kind":"Name","value":"brandRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandId"}},{"kind":"Field","name":{"kind":"Name","value":"brandStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SenderDetailQuery, SenderDetailQueryVariables>;
export const SenderReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"launchReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamPath"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SenderReadinessQuery, SenderReadinessQueryVariables>;
export const SenderActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SenderActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rcsSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SenderActivitiesQuery, SenderActivitiesQueryVariables>;