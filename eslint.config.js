// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'public/', 'tests/fixtures/', 'case-studies/', 'content/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
	{
		rules: {
			// A leading underscore marks a value that is deliberately left unused (a skipped tuple slot).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
		},
	},
);
