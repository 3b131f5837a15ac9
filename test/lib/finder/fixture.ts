import type { PlacedTerminal } from '../../../src/lib/terminals/schema.ts';

/** A placed terminal with only the fields a test cares about set. */
export function terminal(fields: Partial<PlacedTerminal> & Pick<PlacedTerminal, 'n'>): PlacedTerminal {
	return {
		region: 'г. Бишкек',
		city: 'Бишкек',
		address: `ул. Тестовая, ${fields.n}`,
		place: '',
		hours: '',
		id: `t${fields.n}`,
		precision: 'none',
		positionSource: 'none',
		...fields,
	};
}
