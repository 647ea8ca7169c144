// Acceptance 1: the checked-in subgraph SDL composes with a second subgraph that extends RcsSender and
// Project, with zero errors, under both composers. The control case shows the check can fail: the same SDL
// without its @key directives does not compose.
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSubgraphSdl } from '../../src/schema/print.ts';
import {
  type Composed,
  composeWithApollo,
  composeWithGuild,
  OUR_SUBGRAPH_SDL,
} from '../support/federation/compose.ts';

const composers: [string, (sdl?: string) => Composed][] = [
  ['@apollo/composition', (sdl) => composeWithApollo(undefined, sdl)],
  ['@theguild/federation-composition', (sdl) => composeWithGuild(undefined, sdl)],
];

function apiSchemaOf(composed: Composed) {
  // Both composers print the supergraph with join__* directives; graphql-js can read it as a schema.
  return buildSchema(composed.supergraphSdl ?? '', { assumeValidSDL: true });
}

describe('subgraph.graphql', () => {
  it('is what the server serves (the drift test keeps it current)', () => {
    expect(OUR_SUBGRAPH_SDL).toBe(printSubgraphSdl());
  });
});

describe.each(composers)('composition with %s', (_name, compose) => {
  it('composes with the test subgraph with zero errors', () => {
    const composed = compose();
    expect(composed.errors).toEqual([]);
    expect(composed.supergraphSdl).toBeTypeOf('string');
  });

  it('merges both subgraphs into RcsSender and Project, keyed as declared', () => {
    const composed = compose();
    const schema = apiSchemaOf(composed);
    const sender = schema.getType('RcsSender');
    const project = schema.getType('Project');
    if (!sender || !('getFields' in sender) || !project || !('getFields' in project)) {
      throw new Error('RcsSender or Project missing from the supergraph');
    }
    // Ours, the other subgraph's, and the key fields.
    expect(Object.keys(sender.getFields())).toEqual(
      expect.arrayContaining(['id', 'senderId', 'projectId', 'state', 'testNumbers', 'internalOwner']),
    );
    expect(Object.keys(project.getFields())).toEqual(
      expect.arrayContaining(['id', 'rcsSenders', 'costCenter']),
    );
    const sdl = composed.supergraphSdl ?? '';
    expect(sdl).toMatch(/join__type\(graph: RCS, key: "id"\)/);
    expect(sdl).toMatch(/join__type\(graph: RCS, key: "projectId senderId"\)/);
    expect(sdl).toMatch(/join__type\(graph: TEAMS, key: "id"\)/);
  });

  it('control: the same SDL without @key does not compose', () => {
    const withoutKeys = OUR_SUBGRAPH_SDL.replace(/\n\s*@key\(fields: "[^"]*"\)/g, '');
    expect(withoutKeys).not.toContain('@key(');
    const composed = compose(withoutKeys);
    expect(composed.errors.length).toBeGreaterThan(0);
    expect(composed.supergraphSdl).toBeUndefined();
  });
});
