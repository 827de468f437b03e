/**
 * The key the rate limit counts by: the client's IPv4 address, or the /64
 * prefix of an IPv6 address (one household or phone gets a whole /64 and can
 * pick a new address in it at will, so a single address would be no limit).
 */
export function addressKey(ip: string): string {
  const bare = ip.startsWith('[') ? ip.slice(1, ip.indexOf(']')) : ip.split('%')[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const [head = '', tail] = bare.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
