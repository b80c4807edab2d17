import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { ignores: ['.next/**', 'out/**', 'out-*/**', 'node_modules/**', 'test-results/**', 'public/**', '.generated/**', 'next-env.d.ts'] },
];

export default config;
