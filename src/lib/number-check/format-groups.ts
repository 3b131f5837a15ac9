/** Digits in groups, "1234 5678 9012 3456", easy to read aloud to support over the phone. */
export function formatGroups(digits: string, size = 4): string {
	return digits.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}
