import {
  checkCount,
  checkEmail,
  checkLength,
  checkUnique,
  checkUrl,
  type Issues,
  type Mode,
  patterns,
  rejectNull,
} from '../../lib/validation.ts';
import type { BrandInput } from './brand.ts';

// Limits of RcsSenderDetailsBrandInputDto / RcsUpdateSenderDetailsBrandInputDto (contract §4.2, §4.4).

const URL_FIELDS = ['bannerUrl', 'logoUrl', 'privacyPolicyUrl', 'termsOfServiceUrl'] as const;

function checkLabel(issues: Issues, label: string | null | undefined): void {
  if (typeof label === 'string') checkLength(issues, 'label', label, 0, 25);
}

export function validateBrand(issues: Issues, brand: BrandInput, mode: Mode): void {
  if (!rejectNull(issues, mode, 'name', brand.name) && typeof brand.name === 'string') {
    checkLength(issues, 'name', brand.name, 0, 40);
  }
  if (!rejectNull(issues, mode, 'description', brand.description) && typeof brand.description === 'string') {
    checkLength(issues, 'description', brand.description, 0, 100);
  }
  if (!rejectNull(issues, mode, 'color', brand.color) && typeof brand.color === 'string') {
    if (!patterns.COLOR.test(brand.color)) issues.add('Must be a colour in the form #RRGGBB.', 'color');
  }
  for (const key of URL_FIELDS) {
    const value = brand[key];
    if (!rejectNull(issues, mode, key, value) && typeof value === 'string') checkUrl(issues, key, value);
  }

  // null is a documented delete for the three lists on update (RcsUpdateSenderDetailsBrandInputDto).
  if (brand.emails) {
    const list = issues.at('emails');
    checkCount(issues, 'emails', brand.emails.length, 1, 3);
    brand.emails.forEach((email, i) => {
      checkLabel(list.at(i), email.label);
      // The upstream sets no length limit on brand e-mails (RcsEmailInputDto).
      checkEmail(list.at(i), 'address', email.address, Number.POSITIVE_INFINITY);
    });
    checkUnique(list, brand.emails, (e) => e.address.trim().toLowerCase(), 'address');
  }
  if (brand.phones) {
    const list = issues.at('phones');
    checkCount(issues, 'phones', brand.phones.length, 1, 3);
    brand.phones.forEach((phone, i) => {
      checkLabel(list.at(i), phone.label);
      if (!patterns.BRAND_PHONE.test(phone.number)) {
        list.add(
          'Must be 6 to 15 characters: a national number without separators or an E.164 number.',
          i,
          'number',
        );
      }
    });
    checkUnique(list, brand.phones, (p) => p.number.replace(/\s/g, ''), 'number');
  }
  if (brand.websites) {
    const list = issues.at('websites');
    checkCount(issues, 'websites', brand.websites.length, 1, 3);
    brand.websites.forEach((site, i) => {
      checkLabel(list.at(i), site.label);
      checkUrl(list.at(i), 'url', site.url);
    });
    checkUnique(list, brand.websites, (w) => w.url, 'url');
  }
}
