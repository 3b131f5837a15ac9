import { describe, expect, it } from 'vitest';
import { growthRatio, linearGrowthLimit } from '../../support/linear-time.ts';
import { identifyRegion } from '../../../src/lib/terminals/regions.ts';
import { settlementName } from '../../../src/lib/terminals/settlement-name.ts';

describe('regions as a bank list prints them', () => {
	it.each([
		['г. Бишкек', 'bishkek'],
		['Бишкек шаары', 'bishkek'],
		['г. Ош', 'osh'],
		['Ош шаары', 'osh'],
		['Ошская область', 'osh-region'],
		['Ош облусу', 'osh-region'],
		['Чуйская область', 'chui'],
		['Чүй облусу', 'chui'],
		['Иссык-Кульская обл.', 'issyk-kul'],
		['Ысык-Көл облусу', 'issyk-kul'],
		['Джалал-Абадская область', 'jalal-abad'],
		['Жалал-Абад облусу', 'jalal-abad'],
		['Нарынская область', 'naryn'],
		['Таласская область', 'talas'],
		['Баткен облусу', 'batken'],
		['Чүй облусу / Чуйская область', 'chui'],
		['Чуйская обл.', 'chui'],
		['Иссык - Кульская область', 'issyk-kul'],
		['Кошой, Ош облусу', 'osh-region'],
		['ЧҮЙ ОБЛУСУ'.normalize('NFD'), 'chui'],
		['', undefined],
		['Кошой', undefined],
	] as const)('%s → %s', (printed, key) => {
		expect(identifyRegion(printed)).toBe(key);
	});
});

describe('identifyRegion on a hostile cell', () => {
	it.each([
		['spaces without a hyphen', (length: number) => `Чуйская${' '.repeat(length)}x`],
		['hyphens and spaces', (length: number) => '- '.repeat(length / 2)],
		['a stem repeated inside words', (length: number) => 'кош'.repeat(length / 3)],
	])('takes time linear in its length: %s', (_, makeInput) => {
		expect(growthRatio(identifyRegion, makeInput)).toBeLessThan(linearGrowthLimit);
	});
});

describe('settlement names without their kind', () => {
	it.each([
		['г. Бишкек', undefined, 'Бишкек'],
		['с. Беловодское', undefined, 'Беловодское'],
		['Сокулук айылы', undefined, 'Сокулук'],
		['пгт. Кемин, Кеминский р-н', undefined, 'Кемин'],
		['ш. Ош', undefined, 'Ош'],
		['Токмок шаары', undefined, 'Токмок'],
		['с.Ак-Суу', undefined, 'Ак-Суу'],
		['Кара-Суу (Ошская обл.)', undefined, 'Кара-Суу'],
		['', 'bishkek', 'Бишкек'],
		['', 'chui', ''],
		['Сары-Таш', undefined, 'Сары-Таш'],
		['Гагарина', undefined, 'Гагарина'],
	] as const)('%s → %s', (city, region, name) => {
		expect(settlementName(city, region)).toBe(name);
	});
});
