/**
 * Why a webhook `target_url` cannot be saved, or null when it can: an absolute http(s) URL with a host and
 * no credentials. The egress policy's literal-address check (a literal IP it refuses) belongs here too.
 */
export function targetUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http or https URL';
  if (!url.hostname) return 'has no host';
  if (url.username || url.password) return 'must not carry credentials';
  return null;
}
