/** Where Optima Bank publishes its cash-in terminal list; the build fetches it and pages link to it. */
export const bankTerminalListUrl = 'https://www.optimabank.kg/images/files/cashin_terminals_list.pdf';
