import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSortedSchema, printSubgraphSdl } from '../../src/schema/print.ts';

describe('schema.graphql', () => {
  it('is the sorted printed schema (run `npm run codegen` after a schema change)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSortedSchema());
  });
});

describe('subgraph.graphql', () => {
  it('is the printed subgraph SDL (run `npm run codegen` after a schema change)', () => {
    const committed = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSubgraphSdl());
    expect(committed).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])');
    expect(committed).toContain('type Project\n  @key(fields: "id")');
    expect(committed).toContain(
      'type RcsSender implements Node & Sender\n  @key(fields: "id")\n  @key(fields: "projectId senderId")',
    );
    expect(committed).toContain(
      'type WhatsappSender implements Node & Sender\n  @key(fields: "id")\n  @key(fields: "projectId senderId")',
    );
  });
});
