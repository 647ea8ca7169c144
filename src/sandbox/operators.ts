// Operators per launch country: 1-3 real network names each, fixed, so countryStatus is deterministic.
import type { CountryRecord } from './model.ts';

const OPERATORS: Record<string, string[]> = {
  AT: ['A1', 'Magenta', 'Drei'],
  BE: ['Proximus', 'Orange'],
  BR: ['Claro', 'Vivo', 'TIM'],
  CA: ['Rogers', 'Bell', 'Telus'],
  CZ: ['O2'],
  DK: ['TDC', 'Telia'],
  FI: ['Elisa', 'DNA'],
  FR: ['Orange', 'SFR', 'Free'],
  DE: ['Telekom', 'Vodafone', 'O2'],
  GR: ['Cosmote'],
  HU: ['Magyar Telekom', 'Yettel'],
  IT: ['TIM', 'Vodafone', 'WindTre'],
  LT: ['Telia'],
  MX: ['Telcel', 'AT&T'],
  NL: ['KPN', 'VodafoneZiggo', 'Odido'],
  NO: ['Telenor', 'Telia'],
  PE: ['Claro', 'Movistar'],
  PL: ['Orange', 'Play', 'Plus'],
  PT: ['MEO', 'NOS'],
  SG: ['Singtel', 'StarHub'],
  SK: ['Orange'],
  ES: ['Movistar', 'Orange', 'Vodafone'],
  SE: ['Tele2', 'Telenor', 'Telia'],
  US: ['T-Mobile', 'Verizon', 'AT&T'],
  GB: ['EE', 'O2', 'Vodafone'],
};

export function operatorsOf(country: string): string[] {
  return OPERATORS[country] ?? [];
}

/** Keeps existing country entries, adds NOT_LAUNCHED ones for new countries, drops removed countries. */
export function syncCountryStatus(
  current: CountryRecord[],
  countries: string[],
  now: string,
): CountryRecord[] {
  return countries.map(
    (country) =>
      current.find((c) => c.country === country) ?? {
        country,
        status: 'NOT_LAUNCHED',
        operators: operatorsOf(country).map((name) => ({ name, status: 'NOT_LAUNCHED', modified: now })),
      },
  );
}

/**
 * A country's status from its operators: LAUNCHED when any operator is live, else PENDING when any is
 * pending, else REJECTED when all were rejected, else the first operator's status.
 */
export function aggregateStatus(country: CountryRecord): string {
  const statuses = country.operators.map((o) => o.status);
  if (statuses.includes('LAUNCHED')) return 'LAUNCHED';
  if (statuses.includes('PENDING')) return 'PENDING';
  if (statuses.length > 0 && statuses.every((s) => s === 'REJECTED')) return 'REJECTED';
  return statuses[0] ?? country.status;
}
