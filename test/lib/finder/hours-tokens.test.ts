import { expect, test } from 'vitest';
import { tokenizeHours, type HoursToken } from '../../../src/lib/finder/hours-tokens.ts';

/** Tokens written short: «пн» day 0, «9:00» time 540, «9» hour, «–», «,», and the keywords by name. */
function show(tokens: readonly HoursToken[]): string {
	return tokens
		.map((token) => {
			switch (token.kind) {
				case 'day':
					return `d${token.day}`;
				case 'time':
					return `t${token.minutes}`;
				case 'hour':
					return `h${token.hour}`;
				case 'dash':
					return '–';
				case 'sep':
					return ',';
				default:
					return token.kind;
			}
		})
		.join(' ');
}

test.each([
	['пн–пт 09:00–18:00, сб 10:00–15:00', 'd0 – d4 t540 – t1080 , d5 t600 – t900'],
	['с 9 до 18', 'h9 – h18'],
	['Пн.-Пт.: 9.00-18.00', 'd0 – d4 t540 – t1080'],
	['понедельника, субботам, воскресенье', 'd0 , d5 , d6'],
	['дүйшөмбүдөн жумага чейин саат 9дан 18ге чейин', 'd0 – d4 h9 – h18'],
	['Дүй–Жума', 'd0 – d4'],
	['будни', 'd0 – d4'],
	['иш күндөрү', 'd0 – d4'],
	['круглосуточно', 'always'],
	['24/7', 'always'],
	['24 часа', 'always'],
	['күнү-түнү', 'always'],
	['ежедневно', 'daily'],
	['күн сайын', 'daily'],
	['вс выходной', 'd6 closed'],
	['жекшемби дем алыш күнү', 'd6 closed'],
	['не работает', 'closed'],
	['перерыв 13:00–14:00', 'break t780 – t840'],
	['обеденный перерыв', 'break'],
	['түшкү тыныгуу', 'break'],
	['без перерыва и выходных', ''],
	['сб и вс', 'd5 , d6'],
])('%s → %s', (text, tokens) => {
	const result = tokenizeHours(text);
	expect(result.ok && show(result.tokens)).toBe(tokens);
});

test.each([
	['по договоренности', { ok: false, reason: 'unrecognised', near: 'договоренности' }],
	['иштейт', { ok: false, reason: 'unrecognised', near: 'иштейт' }],
	['25:00', { ok: false, reason: 'bad-time', near: '25:00' }],
	['18:60', { ok: false, reason: 'bad-time', near: '18:60' }],
	['24:01', { ok: false, reason: 'bad-time', near: '24:01' }],
])('%s is refused', (text, refusal) => {
	expect(tokenizeHours(text)).toEqual(refusal);
});
