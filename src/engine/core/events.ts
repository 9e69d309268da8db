/** Event types of the kernel. Node-local timers use `TIMER_BASE + kind`. */
export const EV_DELIVER = 0;
export const EV_ANSWER = 1;
export const EV_WINDOW = 2;
/** A fault starts (`arg` = fault index) or ends. */
export const EV_FAULT_START = 3;
export const EV_FAULT_END = 4;
/** An attempt's timeout (`node` = edge, `arg` = attempt call, `tag` = its generation). */
export const EV_ATTEMPT_TIMEOUT = 5;
/** A retry is due (`node` = edge, `arg` = logical call, `tag` = its generation). */
export const EV_RETRY = 6;
export const TIMER_BASE = 8;
