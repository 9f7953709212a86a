// The IPTC photo metadata written into every rendition as XMP (sharp's withXmp): caption,
// creator, credit line, copyright and alt text, under the names IPTC Photo Metadata uses, so
// photo desks and DAMs read them. Nothing else survives into a rendition.

export interface PhotoXmp {
  caption: string;
  creator: string;
  credit: string;
  copyright: string;
  alt: string;
  headline?: string;
}

// XML 1.0 forbids most control characters; a stray one pasted into a caption must not break the packet.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const escapeXml = (s: string): string =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    .replace(CONTROL_CHARS, '');

const alt = (tag: string, value: string): string =>
  value ? `   <${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>\n` : '';

/** An XMP packet (UTF-8 text) for sharp's withXmp; empty fields are left out. */
export function photoXmp(meta: PhotoXmp): string {
  const t = (s: string | undefined): string => (s ?? '').trim().normalize('NFC');
  const creator = t(meta.creator);
  const credit = t(meta.credit);
  const headline = t(meta.headline);
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    '  <rdf:Description rdf:about=""\n' +
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n' +
    '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n' +
    '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">\n' +
    alt('dc:description', t(meta.caption)) +
    (creator ? `   <dc:creator><rdf:Seq><rdf:li>${escapeXml(creator)}</rdf:li></rdf:Seq></dc:creator>\n` : '') +
    alt('dc:rights', t(meta.copyright)) +
    (credit ? `   <photoshop:Credit>${escapeXml(credit)}</photoshop:Credit>\n` : '') +
    (headline ? `   <photoshop:Headline>${escapeXml(headline)}</photoshop:Headline>\n` : '') +
    alt('Iptc4xmpCore:AltTextAccessibility', t(meta.alt)) +
    '  </rdf:Description>\n' +
    ' </rdf:RDF>\n' +
    '</x:xmpmeta>'
  );
}
