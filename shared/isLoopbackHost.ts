/**
 * True for a host name that can only mean this machine: localhost (and *.localhost, RFC 6761),
 * 127.0.0.0/8 and ::1, as a URL's `hostname` spells them.
 */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name) || name === '[::1]' || name === '::1';
}

/** True for an http(s) URL whose host is loopback (false for anything that does not parse). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && isLoopbackHost(parsed.hostname);
  } catch {
    return false;
  }
}
