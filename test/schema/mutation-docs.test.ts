import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/schema/errors.ts';
import { inputMutation, type MutationDocsTable } from '../../src/schema/lib/mutations.ts';
import { DeleteWhatsappSenderInput } from '../../src/schema/whatsapp/inputs/sender.ts';
import { RegisterWhatsappSenderSuccess } from '../../src/schema/whatsapp/mutations/actions.ts';
import { whatsappSenderWrites } from '../../src/schema/whatsapp/mutations/sender-ref.ts';

// A mutation's Docs-pane text is its entry in its folder's docs table (src/schema/*/mutations/docs.ts).
// A declaration whose docs are missing or do not fit its success type is refused before anything is added
// to the schema, so none of these calls registers a field.

const about = { about: 'A mutation.', input: 'Its input.', result: 'Its result.' };
const spec = {
  input: DeleteWhatsappSenderInput,
  errors: [ValidationError],
  resolve: async () => ({ ref: { projectId: 'p', senderId: 's' } }) as never,
};

describe('mutation docs tables', () => {
  it('refuses a mutation that has no entry in its docs table', () => {
    expect(() =>
      // A typo'd name is already a type error; a table typed loosely is caught when the schema is built.
      inputMutation({} as MutationDocsTable, 'undocumentedMutation', {
        ...spec,
        success: RegisterWhatsappSenderSuccess,
      }),
    ).toThrow('Mutation undocumentedMutation has no entry in its docs table.');
  });

  it('refuses a success type of a shared shape without its description, and a description for any other', () => {
    expect(() =>
      inputMutation({ sharedWithoutText: about }, 'sharedWithoutText', {
        ...spec,
        success: whatsappSenderWrites.readBack,
      }),
    ).toThrow(/sharedWithoutText: docs.success describes a success type of a shared shape, and only that/);
    expect(() =>
      inputMutation({ ownTypeWithText: { ...about, success: 'Unused.' } }, 'ownTypeWithText', {
        ...spec,
        success: RegisterWhatsappSenderSuccess,
      }),
    ).toThrow(/ownTypeWithText: docs.success/);
  });
});
