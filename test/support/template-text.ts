/**
 * A pattern for the whole text of a strings-file template with every `{{value}}` filled in by
 * something `value` matches: to find a status line by what it says, whatever the numbers.
 */
export const filledTemplate = (template: string, value = '.+'): RegExp =>
	new RegExp(`^${template.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\{\{\w+\}\}/g, value)}$`);
