// Issue #13 acceptance 4 on the graph side: every case of the WhatsApp bad-input table is a ValidationError
// (code invalid_input) naming exactly its input paths, made with ZERO upstream calls, the sandbox's store
// unchanged. The messages are short and never repeat the refused value (an input may carry a credential).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLHarness, startGraphQLHarness } from '../support/graphql.ts';
import { BAD_INPUT_CASES } from './whatsapp/bad-input-cases.ts';
import { run } from './whatsapp/control.ts';

let h: GraphQLHarness;
let before: unknown;
beforeAll(async () => {
  h = await startGraphQLHarness();
  before = await h.sandbox.snapshot();
  await h.resetStats();
});
afterAll(async () => {
  await h.close();
  expect(h.problems()).toEqual([]);
});

describe('WhatsApp mutations: the bad-input table', () => {
  it('has at least 30 cases, each named once', () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
  });

  it.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await run(h, c.doc, c.input);
    expect(r.__typename).toBe('ValidationError');
    expect(r.code).toBe('invalid_input');
    const paths = r.fieldErrors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(c.paths);
    for (const e of r.fieldErrors as { message: string }[]) expect(e.message.length).toBeLessThan(600);
    expect((await h.stats()).total).toBe(0);
  });

  it('left the store as it was', async () => {
    expect(await h.sandbox.snapshot()).toEqual(before);
  });
});
