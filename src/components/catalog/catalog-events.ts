/** The catalogue's events, one class each (the host page listens for them by name). */
import type { CatalogFilters } from '../../data/catalog-filter.js';

/** Fired (bubbling, composed) when the result set changes: the host page may count searches. */
export class KpssSearchEvent extends Event {
  constructor(
    readonly query: string,
    readonly filters: CatalogFilters,
    readonly count: number,
  ) {
    super('kpss-search', { bubbles: true, composed: true });
  }
}

/** Fired (bubbling, composed) when a service's detail view opens. */
export class KpssSelectEvent extends Event {
  constructor(readonly serviceId: string) {
    super('kpss-select', { bubbles: true, composed: true });
  }
}
