// Composes our subgraph SDL (the checked-in subgraph.graphql) with the test subgraph under both composers.
import { readFileSync } from 'node:fs';
import { composeServices as composeApollo } from '@apollo/composition';
import { composeServices as composeGuild } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { TEST_SUBGRAPH_SDL } from './test-subgraph.ts';

export const OUR_SUBGRAPH_SDL = readFileSync(new URL('../../../subgraph.graphql', import.meta.url), 'utf8');

export interface SubgraphUrls {
  rcs: string;
  teams: string;
}

const PLACEHOLDER: SubgraphUrls = {
  rcs: 'http://rcs.invalid/graphql',
  teams: 'http://teams.invalid/graphql',
};

function services(urls: SubgraphUrls, ourSdl: string) {
  return [
    { name: 'rcs', url: urls.rcs, typeDefs: parse(ourSdl) },
    { name: 'teams', url: urls.teams, typeDefs: parse(TEST_SUBGRAPH_SDL) },
  ];
}

export interface Composed {
  supergraphSdl: string | undefined;
  errors: string[];
}

/** @apollo/composition (what rover and GraphOS run). */
export function composeWithApollo(urls: SubgraphUrls = PLACEHOLDER, ourSdl = OUR_SUBGRAPH_SDL): Composed {
  const result = composeApollo(services(urls, ourSdl));
  return { supergraphSdl: result.supergraphSdl, errors: (result.errors ?? []).map((e) => e.message) };
}

/** @theguild/federation-composition (what Hive runs). */
export function composeWithGuild(urls: SubgraphUrls = PLACEHOLDER, ourSdl = OUR_SUBGRAPH_SDL): Composed {
  const result = composeGuild(services(urls, ourSdl));
  return { supergraphSdl: result.supergraphSdl, errors: (result.errors ?? []).map((e) => e.message) };
}

/** The supergraph SDL, or a thrown error listing every composition error. */
export function mustCompose(composed: Composed): string {
  if (composed.errors.length > 0 || !composed.supergraphSdl) {
    throw new Error(`composition failed:\n${composed.errors.join('\n')}`);
  }
  return composed.supergraphSdl;
}
