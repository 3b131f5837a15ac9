import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import BankContacts from '../../../src/components/BankContacts.astro';
import { BankContactsSchema, bankContacts, telHref } from '../../../src/lib/bank-contacts/bank-contacts.ts';
import { useTranslations } from '../../../src/lib/i18n/translator.ts';

const file = JSON.parse(readFileSync(new URL('../../../content/bank-contacts.json', import.meta.url), 'utf8'));

describe('content/bank-contacts.json', () => {
	test('holds the contact centre’s numbers, read from the bank’s own site on a given day', () => {
		expect(bankContacts.phones.length).toBeGreaterThan(0);
		expect(new URL(bankContacts.source.url).host).toBe('www.optimabank.kg');
		expect(bankContacts.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test.each([
		{ name: 'a number with letters', edit: (data: typeof file) => (data.phones[0].number = '+996 312 9O-59-59'), field: /phones/ },
		{ name: 'a source that is not https', edit: (data: typeof file) => (data.source.url = 'http://www.optimabank.kg/'), field: /url/ },
		{ name: 'a day that is not a date', edit: (data: typeof file) => (data.source.read = 'December'), field: /read/ },
		{ name: 'an unknown kind of free call', edit: (data: typeof file) => (data.phones[1].free = 'everyone'), field: /free/ },
		{ name: 'no numbers', edit: (data: typeof file) => (data.phones = []), field: /phones/ },
	])('rejects $name', ({ edit, field }) => {
		const broken = structuredClone(file);
		edit(broken);
		const parsed = BankContactsSchema().safeParse(broken);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map(({ path }) => path.join('.')).join(' ')).toMatch(field);
	});
});

test.each([
	['+996 312 90-59-59', 'tel:+996312905959'],
	['0 800 100 00 00', 'tel:08001000000'],
])('%s is called as %s', (number, href) => {
	expect(telHref(number)).toBe(href);
});

test.each(['ky', 'ru'] as const)(
	'<BankContacts> in %s: each number a tel: link, the free one said so, the source and day under them',
	async (locale) => {
		const t = useTranslations(locale);
		const container = await AstroContainer.create();
		const html = await container.renderToString(BankContacts, { props: { t } });
		expect([...html.matchAll(/<a href="(tel:[^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, text]) => [href, text])).toEqual([
			['tel:+996312905959', '+996 312 90-59-59'],
			['tel:08001000000', '0 800 100 00 00'],
		]);
		expect(html).toContain(t('bank.free.kyrgyztelecom-landlines'));
		expect(html).toContain(t('bank.source', { date: '04.12.2026' }));
		expect(html).toMatch(/<a href="https:\/\/www\.optimabank\.kg\/"[^>]*>www\.optimabank\.kg<\/a>/);
	},
);
