// Syncthing device IDs, checked here before Syncthing sees one, so a mistyped ID gets a clear
// sentence instead of an HTTP error. An ID is the base32 SHA-256 of the device's certificate (52
// characters) in four groups of 13, each followed by a Luhn mod-32 check character, written as
// eight groups of seven joined by dashes. Syncthing reads lower case, spaces and the look-alikes
// 0/1/8 for O/I/B; so does this.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The Luhn mod-32 check character of a group, computed exactly as Syncthing's lib/protocol does. */
function luhn32(group: string): string {
  let factor = 1;
  let sum = 0;
  for (const ch of group) {
    const code = ALPHABET.indexOf(ch);
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32];
}

/** The canonical form (`XXXXXXX-…`, eight groups) of a typed device ID, or null when it is not one. */
export function normalizeDeviceId(typed: string): string | null {
  const s = typed.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  if (!/^[A-Z2-7]{56}$/.test(s)) return null;
  for (let g = 0; g < 4; g++) {
    const chunk = s.slice(g * 14, g * 14 + 14);
    if (luhn32(chunk.slice(0, 13)) !== chunk[13]) return null;
  }
  return (s.match(/.{7}/g) as string[]).join('-');
}

/** The short form Syncthing shows in logs and conflict names: the first group. */
export const shortDeviceId = (id: string): string => id.slice(0, 7);
