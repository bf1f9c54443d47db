// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Page HTML reaches the DOM only through DOMPurify (lib/extract/sanitize.ts), never as markup.
    // Mozilla's no-unsanitized (what addons-linter runs) catches markup from variables; the rules
    // below forbid markup sinks outright, literal or not, with or without a computed key.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { nounsanitized },
    rules: {
      'nounsanitized/method': 'error',
      'nounsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        ...['name', 'value', 'quasis.0.value.raw'].map((key) => ({
          selector: `AssignmentExpression > MemberExpression.left[property.${key}=/^(innerHTML|outerHTML)$/]`,
          message: 'No innerHTML/outerHTML assignment: sanitise with sanitizeToFragment and append nodes.',
        })),
        {
          selector: 'Property[key.name=/^(innerHTML|outerHTML)$/], Property[key.value=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML/outerHTML through an object (Object.assign, Reflect.set): sanitise and append nodes.',
        },
        {
          selector: "CallExpression[callee.object.name='Reflect'][arguments.1.value=/^(innerHTML|outerHTML)$/]",
          message: 'No innerHTML/outerHTML through Reflect: sanitise and append nodes.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|setHTMLUnsafe|parseFromString|parseHTMLUnsafe)$/]',
          message: 'No markup parsed from strings: sanitise with sanitizeToFragment and append nodes.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render sanitised nodes (components/ArticleBody.tsx).',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
