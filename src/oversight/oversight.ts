import type { EngineLogger } from '../engine/logger.js';
import { typeLabelsOf } from '../localities/type-labels.js';
import type { Services } from '../services.js';
import { createDeadlineRepository, type DeadlineRepository } from '../store/deadline-repository.js';
import { createDeadlineWatch, type DeadlineWatch } from './deadline-watch.js';
import { computeFigures, type Figures } from './figures.js';
import { periodOf } from './period.js';
import { askForRating } from './satisfaction-survey.js';

/** The oversight services: deadline watch, notices, figures; built once beside the app's services. */
export interface Oversight {
  deadlines: DeadlineRepository;
  watch: DeadlineWatch;
  /** The figures of a period as of now, or an error in plain Chinese for a bad period. */
  figures(from: string, to: string): Promise<Figures | { error: string }>;
}

/** Builds the oversight services on the app's database, clock and engine. */
export function createOversight(services: Services, logger: EngineLogger): Oversight {
  const deadlines = createDeadlineRepository(services.db);
  const watch = createDeadlineWatch({
    repository: deadlines,
    clock: services.clock,
    logger,
    timezone: services.locality.timezone,
    typeLabel: typeLabelsOf(services.locality).label,
    askForRating: (target) => askForRating(services.engine, services.clock, target),
  });
  return {
    deadlines,
    watch,
    async figures(from, to) {
      const period = periodOf(from, to, services.locality.timezone);
      if ('error' in period) return period;
      return computeFigures(services.db, period, services.clock.now(), services.locality);
    },
  };
}
