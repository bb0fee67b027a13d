import { useEffect, useState } from 'react';

// Hash routes: the server serves one page, and nothing secret ever goes in a URL.
const read = () => (location.hash.replace(/^#\/?/, '') || 'integrations').split('/').map(decodeURIComponent);

export function useRoute(): string[] {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const href = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
export const go = (...parts: string[]) => {
  location.hash = href(...parts);
};
