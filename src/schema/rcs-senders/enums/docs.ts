import type { EnumDocsTable } from '../../lib/enums.ts';
import { COUNTRY_NAMES } from './country-names.ts';

// What the Docs pane says of each RCS enum and its values, keyed by the enum's name: paraphrased from the
// upstream contract (contract/upstream/rcs-senders.md §6–7 and the enum descriptions of
// rcs-senders.openapi.yaml). The keys of `values` are the values this version of the graph knows, in the
// upstream's order (contract §6): each is written once, here; types.ts mirrors them and values.ts lists
// the ones validation needs.

export const RCS_ENUM_DOCS = {
  RcsSenderState: {
    about:
      'Lifecycle state of an RCS sender: DRAFT → IN_PROGRESS → IN_TEST → PREPARING_LAUNCH → LAUNCHING → LAUNCHED; UNLAUNCHED after being switched off; UNKNOWN when it cannot be determined.',
    values: {
      DRAFT: 'Saved but incomplete; registration starts once the mandatory brand data is present.',
      IN_PROGRESS: 'Sinch and Google are registering the agent.',
      IN_TEST: 'The agent exists and can message verified test numbers; a launch can be requested.',
      PREPARING_LAUNCH: 'Launch requested and being prepared, e.g. waiting for Sinch to add a review video.',
      LAUNCHING: 'Submitted to Google and the operators; the review is running (days to weeks).',
      LAUNCHED: 'Live.',
      UNLAUNCHED:
        'Switched off after having been launched (by Sinch or the operators; the API cannot unlaunch).',
      UNKNOWN: 'The upstream could not determine the state, or reported none.',
    },
  },
  RcsTestNumberState: {
    about:
      'State of a tester invite (testNumberStates[].state). Recovery from DECLINED, REJECTED or INVALID: delete the number and add it again.',
    values: {
      UNVERIFIED: 'Invite sent, not yet accepted (also right after a re-invite of a VERIFIED number).',
      PENDING: 'Waiting on the backend or the operator.',
      VERIFIED: 'The tester accepted; the number can receive test messages.',
      DECLINED: 'The user or the system declined the invite; delete and re-add the number to try again.',
      EXPIRED: 'The invite timed out without an answer.',
      FAILED: 'The number could not be added after all attempts.',
      INVALID: 'The number or its configuration is not valid.',
      REJECTED: 'Verification was refused (operator or Google).',
    },
  },
  RcsOperatorStatus: {
    about:
      'Launch status in one country or with one operator: NOT_LAUNCHED → PENDING → LAUNCHED or REJECTED; later SUSPENDED, PENDING_UNLAUNCHED → UNLAUNCHED.',
    values: {
      NOT_LAUNCHED: 'Registered there but not active: no launch started yet.',
      PENDING: 'Awaiting operator approval or provisioning.',
      LAUNCHED: 'Active.',
      REJECTED: 'Refused; `remark` usually says why.',
      SUSPENDED: 'Temporarily disabled.',
      PENDING_UNLAUNCHED: 'Being taken down.',
      UNLAUNCHED: 'Taken down.',
      INVALID_IN_GOOGLE_MY_BUSINESS: 'The brand failed Google My Business verification.',
    },
  },
  RcsActivityType: {
    about: 'Kind of an activity-log entry (upstream notifications[].type).',
    values: {
      ACTIVE: 'The sender became active (e.g. went live).',
      COMMENT_ADDED: 'A comment was added, by the API or by Sinch; `comment` and `author` carry it.',
      CREATED: 'The sender was created (account log: the account entry was created).',
      DELETED: 'Something was removed from the sender (the upstream does not document what).',
      EDITED: "The sender's details were changed.",
      INACTIVE: 'The sender became inactive.',
      TEST: 'A test-phase event, e.g. test numbers added or invited.',
    },
  },
  RcsRegion: {
    about:
      'Sinch region the sender is provisioned in; it must match the region of the Conversation API app it is linked to.',
    values: {
      BR: 'Sinch region Brazil.',
      EU: 'Sinch region Europe.',
      US: 'Sinch region United States (the only region for the AT&T supplier).',
    },
  },
  RcsHostingRegion: {
    about: 'Google-side hosting region of the RBM agent; set by the platform, read-only.',
    values: {
      ASIA_PACIFIC: 'Google hosts the agent in Asia-Pacific.',
      EUROPE: 'Google hosts the agent in Europe (EU senders in the published examples).',
      NORTH_AMERICA: 'Google hosts the agent in North America.',
    },
  },
  RcsBillingCategory: {
    about:
      'RBM billing category, fixed at creation. BASIC_MESSAGE and SINGLE_MESSAGE are deprecated (use NON_CONVERSATIONAL); CONVERSATIONAL_LEGACY is deprecated (use CONVERSATIONAL). Deprecated values are still accepted.',
    values: {
      CONVERSATIONAL: 'RBM conversational billing.',
      NON_CONVERSATIONAL: 'RBM non-conversational billing; replaces BASIC_MESSAGE and SINGLE_MESSAGE.',
      BASIC_MESSAGE: 'Legacy category, still accepted upstream.',
      CONVERSATIONAL_LEGACY: 'Legacy category, still accepted upstream.',
      SINGLE_MESSAGE: 'Legacy category, still accepted upstream.',
    },
    deprecations: {
      BASIC_MESSAGE: 'Deprecated upstream: use NON_CONVERSATIONAL.',
      CONVERSATIONAL_LEGACY: 'Deprecated upstream: use CONVERSATIONAL.',
      SINGLE_MESSAGE: 'Deprecated upstream: use NON_CONVERSATIONAL.',
    },
  },
  RcsUseCase: {
    about: 'Declared messaging use case of the sender, fixed at creation; decides the launch questionnaire.',
    values: {
      MULTIUSE: 'Several kinds of traffic mixed.',
      OTP: 'One-time passwords only.',
      PROMOTIONAL: 'Marketing.',
      TRANSACTIONAL: 'Non-marketing account and service alerts.',
    },
  },
  RcsFeature: {
    about: "An RBM feature the tester's device supports (suggested actions, rich cards, message revocation).",
    values: {
      ACTION_COMPOSE: 'Suggested action: compose a message.',
      ACTION_CREATE_CALENDAR_EVENT: 'Suggested action: create a calendar event.',
      ACTION_DIAL: 'Suggested action: dial a number.',
      ACTION_OPEN_URL: 'Suggested action: open a URL.',
      ACTION_OPEN_URL_IN_WEBVIEW: 'Suggested action: open a URL in a webview.',
      ACTION_SHARE_LOCATION: "Suggested action: share the device's location.",
      ACTION_VIEW_LOCATION: 'Suggested action: show a location.',
      REVOCATION: 'Revoking a message that was not delivered yet.',
      RICHCARD_CAROUSEL: 'Rich card carousels.',
      RICHCARD_STANDALONE: 'Standalone rich cards.',
      FEATURE_UNSPECIFIED: 'RBM reported a feature without specifying it.',
    },
  },
  RcsChannelStatus: {
    about: 'Health of the RCS channel on the linked Conversation API app.',
    values: {
      ACTIVE: 'The RCS channel of the app works.',
      FAILING: 'The RCS channel integration is failing.',
      PENDING: 'The RCS channel is being set up.',
    },
  },
  RcsBrandStatus: {
    about: 'Status of the brand record of the US brand/campaign flow (brandDetails.status).',
    values: {
      ARCHIVED: 'The brand record is archived.',
      COMPLETED: 'The brand record is complete.',
      DRAFT: 'The brand record is a draft.',
      UNSPECIFIED: 'The upstream set no status.',
    },
  },
  RcsBrandRegistrationStatus: {
    about:
      'Status of the running brand registration process (brandDetails.registration.status): NEW → PENDING, PENDING_REVIEW, MANUAL_REVIEW or INCOMPLETE → COMPLETED, REJECTED or ARCHIVED.',
    values: {
      ARCHIVED: 'The registration was archived.',
      COMPLETED: 'The registration was approved.',
      INCOMPLETE: 'The registration lacks data.',
      MANUAL_REVIEW: 'The registration is being reviewed manually.',
      NEW: 'The registration was just started.',
      PENDING: 'The registration is waiting to be processed.',
      PENDING_REVIEW: 'The registration is waiting for a review.',
      REJECTED: 'The registration was refused.',
      UNSPECIFIED: 'The upstream set no status.',
    },
  },
  RcsCountryCode: {
    about:
      'ISO-3166 alpha-2 country code, as the upstream reports countries (the full list; launches are possible in the 25 of RcsLaunchCountry).',
    values: COUNTRY_NAMES,
  },
} as const satisfies EnumDocsTable;

/** What a launch in a country needs beyond the general and verification sections (launch preconditions). */
export const LAUNCH_COUNTRY_NOTES: Readonly<Record<string, string>> = {
  FR: ' Launching here needs the `fr` questionnaire section (fullCompanyAddress, siren).',
  GB: ' Launching here needs the `gb` questionnaire section.',
  US: ' Launching here needs the `us` (v2) questionnaire section and a verification phone.',
};
