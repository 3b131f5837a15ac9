import { expect, test } from 'vitest';
import { localizedPath, pageOfPath } from '../../../src/lib/seo/localized-path.ts';

test.each([
	{ path: '/ky/', expected: { locale: 'ky', page: '' } },
	{ path: '/ru/terminals/', expected: { locale: 'ru', page: 'terminals/' } },
	{ path: '/', expected: undefined },
	{ path: '/no-such-page/', expected: undefined },
	{ path: '/ru/no-such-page/', expected: undefined },
	{ path: '/en/terminals/', expected: undefined },
	{ path: '/ru/terminals/positions.json', expected: undefined },
])('$path is $expected', ({ path, expected }) => {
	expect(pageOfPath(path)).toEqual(expected);
});

test('a page path round-trips through localizedPath', () => {
	expect(localizedPath('ru', 'terminals/', '#t-12')).toBe('/ru/terminals/#t-12');
	expect(pageOfPath(localizedPath('ky', 'terminals/'))).toEqual({ locale: 'ky', page: 'terminals/' });
});
