import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'tmp/',
      '.cache/',
      '.wireit/',
      '.pack-test/',
      '.pack-exp/',
      'src/locales/',
      'src/core/version.ts',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never set innerHTML: render text through Lit bindings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert HTML strings: render text through Lit bindings.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data is never rendered as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is never rendered as SVG markup.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Editor feedback for the files one folder down in src/core; scripts/check-house-rules.mjs
          // checks every depth on resolved paths.
          patterns: [{ group: ['../../*/**', '!../../locales/**'], message: 'The core imports no widget.' }],
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data is never rendered as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is never rendered as SVG markup.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'test/server/**/*.mjs',
      'test/cli/**/*.mjs',
      'test/contracts/**/*.mjs',
      'test/pages/**/*.mjs',
      'bin/**/*.js',
      'src/cli/**/*.ts',
      '*.config.{js,mjs,ts}',
      'web-test-runner.config.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
