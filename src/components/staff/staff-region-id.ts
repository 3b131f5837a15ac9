/**
 * The anchor of a region's folded terminal links on `/staff/`, by its place in the page's order:
 * the table of contents links to it, and a browser unfolds the `<details>` a link lands inside.
 */
export const staffRegionId = (index: number): string => `staff-region-${index + 1}`;
