import { Link } from 'wouter';

/** A link from a defendant to their location-monitoring page, with the count of open alerts. */
export function MonitoringLink({ personId, openAlerts }: { personId: string; openAlerts: number }) {
  return (
    <Link
      href={`/monitoring/people/${encodeURIComponent(personId)}`}
      className="enrolled-link"
      data-testid={`monitoring-link-${personId}`}
    >
      Location monitoring
      {openAlerts > 0 ? ` · ${openAlerts} open alert${openAlerts === 1 ? '' : 's'}` : ''} ›
    </Link>
  );
}
