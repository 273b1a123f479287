import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL is the contract (graphql-schema/, one file per module; `@visibility` is declared in
// visibility.graphqls). The documents are the service's registered operations, so the types describe
// exactly what a persisted GET answers.
const config: CodegenConfig = {
  schema: '../../graphql-schema/*.graphqls',
  documents: '../../src/main/resources/graphql-operations/*.graphql',
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
