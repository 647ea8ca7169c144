// The seeded senders. DEMO covers every RcsSenderState, launch-ready and not-ready IN_TEST senders,
// test numbers in many states, comments, and GB/FR/US questionnaire sections.
import { readFileSync } from 'node:fs';
import { contractFile } from './contract-files.ts';
import type { JsonObject, SenderRecord, SenderState } from './model.ts';

/** One seeded sender as written below; seed.ts builds the full record from it (buildSender). */
export interface SeedSender {
  key: string;
  state: SenderState;
  day: number;
  region?: string;
  billingCategory?: string;
  useCase?: string;
  brand?: JsonObject;
  countries?: string[];
  answers?: SenderRecord['answers'];
  testNumbers?: [string, string][];
  /** Operator status for every country once launched (e.g. PENDING, LAUNCHED, UNLAUNCHED). */
  operatorStatus?: string;
  /** "country/operator" entries set to REJECTED with the documented remark. */
  rejected?: string[];
  comments?: string[];
  noGoogleSupplier?: boolean;
  conversationApiAppId?: string;
  usBrandRegistration?: boolean;
}

const FULL_EXAMPLE = contractFile('examples', 'updateSender.request.newInput.json');
const FULL = (
  JSON.parse(readFileSync(FULL_EXAMPLE, 'utf8')) as {
    details: { brand: JsonObject; questionnaire: Record<string, { answers: JsonObject }> };
  }
).details;

function brand(name: string, overrides: JsonObject = {}): JsonObject {
  return { ...structuredClone(FULL.brand), name, ...overrides };
}

function without(o: JsonObject, ...keys: string[]): JsonObject {
  const out = { ...o };
  for (const k of keys) delete out[k];
  return out;
}

function answers(sections: string[], withVideo = true): SenderRecord['answers'] {
  const out: SenderRecord['answers'] = {};
  for (const s of sections as (keyof SenderRecord['answers'])[])
    out[s] = structuredClone(FULL.questionnaire[s]?.answers ?? {});
  if (!withVideo && out.general) delete out.general.videoUris;
  return out;
}

export function demoSenders(): SeedSender[] {
  return [
    { key: 'draft-minimal', state: 'DRAFT', day: 1, useCase: 'OTP' },
    { key: 'draft-name-only', state: 'DRAFT', day: 2, brand: { name: 'Mike Mobile', color: '#000000' } },
    {
      key: 'in-progress',
      state: 'IN_PROGRESS',
      day: 3,
      region: 'US',
      brand: {
        name: 'Bolt Setup',
        color: '#112233',
        emails: [{ label: 'Support', address: 'rcs@bolt.example' }],
      },
    },
    {
      key: 'in-test-ready-gb-fr',
      state: 'IN_TEST',
      day: 4,
      useCase: 'TRANSACTIONAL',
      brand: brand('Contoso Alerts'),
      countries: ['GB', 'FR'],
      answers: answers(['general', 'verification', 'gb', 'fr']),
      testNumbers: [
        ['+447700900121', 'VERIFIED'],
        ['+447700900135', 'DECLINED'],
        ['+447700900146', 'EXPIRED'],
        ['+447700900159', 'UNVERIFIED'],
        ['+447700900148', 'VERIFIED'],
      ],
      comments: ['Please review our banner before launch.', 'Banner updated.'],
    },
    {
      key: 'in-test-ready-no-video',
      state: 'IN_TEST',
      day: 5,
      billingCategory: 'NON_CONVERSATIONAL',
      useCase: 'OTP',
      brand: brand('Delta Bank OTP'),
      countries: ['SE', 'DE'],
      answers: answers(['general', 'verification'], false),
      testNumbers: [['+46701234560', 'VERIFIED']],
    },
    {
      key: 'in-test-not-ready',
      state: 'IN_TEST',
      day: 6,
      brand: { name: 'Echo Retail', color: '#AA0000', phones: [{ label: 'Shop', number: '+33612345670' }] },
      countries: ['FR'],
      answers: { general: { optInDescription: 'By making a purchase in-store or online' } },
      testNumbers: [['+33612345672', 'PENDING']],
    },
    {
      key: 'in-test-ready-us-fr',
      state: 'IN_TEST',
      day: 7,
      region: 'US',
      useCase: 'PROMOTIONAL',
      brand: brand('Foxtrot Promo'),
      countries: ['US', 'FR'],
      answers: answers(['general', 'verification', 'fr', 'us']),
      testNumbers: [
        ['+12025550101', 'VERIFIED'],
        ['+12025550117', 'REJECTED'],
      ],
      usBrandRegistration: true,
    },
    {
      key: 'in-test-no-countries',
      state: 'IN_TEST',
      day: 8,
      brand: without(brand('Lima Logistics'), 'bannerUrl', 'logoUrl'),
      answers: answers(['general']),
      testNumbers: [
        ['+48601000101', 'FAILED'],
        ['+48601000102', 'INVALID'],
        ['+48601000109', 'UNVERIFIED'],
      ],
    },
    {
      key: 'preparing-launch',
      state: 'PREPARING_LAUNCH',
      day: 9,
      brand: brand('Golf Travel'),
      countries: ['ES', 'IT'],
      answers: answers(['general', 'verification'], false),
      operatorStatus: 'PENDING',
    },
    {
      key: 'launching',
      state: 'LAUNCHING',
      day: 10,
      brand: brand('Hotel Lodging'),
      countries: ['GB'],
      answers: answers(['general', 'verification', 'gb']),
      operatorStatus: 'PENDING',
      comments: ['Launch requested for the UK.'],
    },
    {
      key: 'launched',
      state: 'LAUNCHED',
      day: 11,
      useCase: 'TRANSACTIONAL',
      brand: brand('India Insurance'),
      countries: ['FR', 'DE'],
      answers: answers(['general', 'verification', 'fr']),
      operatorStatus: 'LAUNCHED',
      rejected: ['FR/Free'],
      testNumbers: [['+33612345674', 'VERIFIED']],
      conversationApiAppId: '01HSANDBOXAPP0000000000001',
    },
    {
      key: 'unlaunched',
      state: 'UNLAUNCHED',
      day: 12,
      brand: brand('Juliet Media'),
      countries: ['NL'],
      answers: answers(['general', 'verification']),
      operatorStatus: 'UNLAUNCHED',
    },
    {
      key: 'unknown',
      state: 'UNKNOWN',
      day: 13,
      brand: { name: 'Kilo Legacy', color: '#000000' },
      noGoogleSupplier: true,
    },
    {
      key: 'in-test-linked',
      state: 'IN_TEST',
      day: 14,
      region: 'US',
      brand: brand('November News'),
      countries: ['US'],
      answers: answers(['general', 'verification', 'us']),
      conversationApiAppId: '01HSANDBOXAPP0000000000002',
      usBrandRegistration: true,
      testNumbers: [['+12025550142', 'VERIFIED']],
    },
  ];
}

export function otherSenders(): SeedSender[] {
  return [
    { key: 'other-draft', state: 'DRAFT', day: 3 },
    {
      key: 'other-in-test',
      state: 'IN_TEST',
      day: 4,
      brand: brand('Other Tenant Test'),
      countries: ['PL'],
      answers: answers(['general', 'verification']),
      testNumbers: [['+48601000200', 'VERIFIED']],
    },
    {
      key: 'other-launched',
      state: 'LAUNCHED',
      day: 5,
      brand: brand('Other Tenant Live'),
      countries: ['PL'],
      answers: answers(['general', 'verification']),
      operatorStatus: 'LAUNCHED',
    },
  ];
}
