// Filter-left (issue 11): a remote Get-* cmdlet followed by Where-Object / Select-Object asks the
// service for less. See docs/filter-left.md for the shapes pushed and why each is safe.
import type { SessionServices } from '../../runtime/command.js';
import { filterLeftPlanner } from './planner.js';

export { getPipelinePlanCommand } from './get-pipeline-plan.js';
export { planPipeline, filterLeftPlanner, SWITCH_VARIABLE, type PipelinePlan } from './planner.js';

const REGISTERED = Symbol('exosh.filter-left.planner');

/** Registers the planner once per session (the first Exchange connection calls this). */
export function enableFilterLeft(session: Pick<SessionServices, 'sessionState' | 'registerPipelinePlanner'>): void {
  session.sessionState(REGISTERED, () => {
    session.registerPipelinePlanner(filterLeftPlanner);
    return true;
  });
}
