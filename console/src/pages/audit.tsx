import { AuditTimeline } from '../components/audit-timeline';

export function AuditPage() {
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log of the organization</h1>
      <p className="muted">Every change through any surface, newest first.</p>
      <AuditTimeline path="/v1/audit" />
    </section>
  );
}
