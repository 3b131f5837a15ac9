import { expect, test } from 'vitest';
import { localizedPath, pageOfPath } from '../../../src/lib/seo/localized-path.ts';

test.each([
	{ path: '/ky/', expected: { locale: 'ky', page: '' } },
	{ path: '/ru/', expected: { locale: 'ru', page: '' } },
	{ path: '/', expected: undefined },
	{ path: '/no-such-page/', expected: undefined },
	{ path: '/ru/no-such-page/', expected: undefined },
	{ path: '/en/', expected: undefined },
])('$path is $expected', ({ path, expected }) => {
	expect(pageOfPath(path)).toEqual(expected);
});

test('a page path round-trips through localizedPath', () => {
	expect(localizedPath('ru', '', '#pay')).toBe('/ru/#pay');
	expect(pageOfPath(localizedPath('ky'))).toEqual({ locale: 'ky', page: '' });
});
