import { expect, test } from 'vitest';
import { localeFromPath } from '../../../src/lib/i18n/locale-from-path.ts';

test.each([
	['/ky/', 'ky'],
	['/ru/', 'ru'],
	['/ru', 'ru'],
	['/ru/terminals/', 'ru'],
	['/', undefined],
	['/404.html', undefined],
	['/kz/', undefined],
	['/rus/', undefined],
])('%s → %s', (path, expected) => {
	expect(localeFromPath(path)).toBe(expected);
});
