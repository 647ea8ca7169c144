import type { SchemaTypes } from '../../builder.ts';
import type { Maybe } from '../../lib/validation.ts';

// The business-profile fields a partner-initiated create and a sender update both take, with the same
// names and limits (validate-sender.ts checks them once); on the update a null deletes the value.

/** The optional profile fields of a sender's details, as both inputs carry them. */
export interface ProfileFieldsInput {
  email?: Maybe<string>;
  address?: Maybe<string>;
  websiteOne?: Maybe<string>;
  websiteTwo?: Maybe<string>;
  about?: Maybe<string>;
  photoUrl?: Maybe<string>;
}

const URL_TEXT = 'An http or https URL, at most 256 characters';

/** Each field's description up to its last words, which say whether a null deletes it. */
const LIMITS: Record<keyof ProfileFieldsInput, string> = {
  email: 'Contact e-mail, at most 128 characters',
  address: 'Business address, 1 to 256 characters',
  websiteOne: URL_TEXT,
  websiteTwo: URL_TEXT,
  about: 'The "About" text, 1 to 139 characters',
  photoUrl: `Profile photo (JPEG, PNG or WebP, at most 5 MB, 192 to 640 px). ${URL_TEXT}`,
};

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>,
  'InputObject'
>;

/** The profile's Pothos input fields, in the order above; `deletable`: a null deletes the value. */
export function profileInputFields(t: InputFields, deletable: boolean) {
  const end = deletable ? '; null deletes it.' : '.';
  const field = (name: keyof ProfileFieldsInput) => t.string({ description: `${LIMITS[name]}${end}` });
  const names = Object.keys(LIMITS) as (keyof ProfileFieldsInput)[];
  return Object.fromEntries(names.map((n) => [n, field(n)])) as Record<
    keyof ProfileFieldsInput,
    ReturnType<typeof field>
  >;
}
