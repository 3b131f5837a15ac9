/** How far a long command is: `done` of `total` items, `found` of them with a result, after `elapsedMs`. */
export interface ProgressState {
	done: number;
	total: number;
	found: number;
	elapsedMs: number;
	/** The least time one item takes (a rate limit), so the first items' quick pace does not promise too much. */
	msPerItemAtLeast?: number;
}

/** A duration as a person reads it at a glance: `40 s`, `4 min 05 s`, `1 h 12 min`. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Time left at the pace so far, never under the rate limit's; unknown before the first item is done. */
export const timeLeftMs = ({ done, total, elapsedMs, msPerItemAtLeast = 0 }: ProgressState): number | undefined =>
	done === 0 ? undefined : Math.max(elapsedMs / done, msPerItemAtLeast) * (total - done);

/** `120/400 addresses (30 %), 85 found, about 4 min 40 s left`. */
export function progressLine(state: ProgressState, items: string): string {
	const percent = state.total === 0 ? 100 : Math.floor((state.done / state.total) * 100);
	const left = timeLeftMs(state);
	const when = state.done === state.total ? 'done' : left === undefined ? 'time left not known yet' : `about ${formatDuration(left)} left`;
	return `${state.done}/${state.total} ${items} (${percent} %), ${state.found} found, ${when}`;
}

/**
 * Which tenth of the work `done` reaches (0…10): a log without a terminal gets one line each time
 * this grows, ten lines for any length of run.
 */
export const tenth = (done: number, total: number): number => (total === 0 ? 10 : Math.floor((done * 10) / total));
