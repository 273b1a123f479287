// The consumer page's data, typed end to end: `ConsumerStoryDocument` and its result and variable
// types are generated (npm run codegen) from graphql-schema/ and graphql-operations/ConsumerStory.graphql.
import { ConsumerStoryDocument, type ConsumerStoryQuery } from './gql/graphql';
import { persistedGet } from './persisted';

export async function consumerStory(endpoint: string, gtin: string, lot: string, language: string): Promise<ConsumerStoryQuery> {
  return persistedGet(endpoint, ConsumerStoryDocument, { gtin, lot }, { language });
}

/** What a page would show first: the product's name, its origin story's title and how far the journey reaches. */
export function headline(story: ConsumerStoryQuery): string {
  const origin = story.product?.stories.find((s) => s.kind === 'ORIGIN');
  const countries = story.provenance?.countries.join(', ') ?? '';
  return `${story.product?.name ?? '?'}: ${origin?.title ?? ''} (${story.provenance?.tiers ?? 0} tiers; ${countries})`;
}
