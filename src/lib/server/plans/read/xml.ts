// A small streaming XML scanner for the parts of OOXML we read (document.xml, sheets, shared
// strings). One pass with indexOf, no DTD or custom-entity expansion, so it is linear and safe.

export interface XmlOpen {
	type: 'open';
	/** Local name without the namespace prefix (w:p → p). */
	name: string;
	attrs: Record<string, string>;
	selfClosing: boolean;
}
export interface XmlClose {
	type: 'close';
	name: string;
}
export interface XmlText {
	type: 'text';
	text: string;
}
export type XmlEvent = XmlOpen | XmlClose | XmlText;

const ENTITY_RE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(ENTITY_RE, (whole, e: string) => {
		if (e[0] !== '#') return NAMED[e] ?? whole;
		const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

function localName(qname: string): string {
	const colon = qname.indexOf(':');
	return colon >= 0 ? qname.slice(colon + 1) : qname;
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Record<string, string> {
	const attrs: Record<string, string> = {};
	ATTR_RE.lastIndex = 0;
	for (let m = ATTR_RE.exec(s); m; m = ATTR_RE.exec(s)) {
		attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
	}
	return attrs;
}

/** The value of an attribute by local name (w:val, val, r:id → id). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
	if (local in attrs) return attrs[local];
	for (const k of Object.keys(attrs)) if (localName(k) === local) return attrs[k];
	return undefined;
}

/** End of a tag starting at `from` (the index of '<'), honouring quoted attribute values. */
function tagEnd(xml: string, from: number): number {
	let quote = '';
	for (let i = from + 1; i < xml.length; i++) {
		const ch = xml[i];
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") {
			quote = ch;
		} else if (ch === '>') {
			return i;
		}
	}
	return -1;
}

export function scanXml(xml: string, on: (e: XmlEvent) => void): void {
	let i = 0;
	const n = xml.length;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		if (lt < 0) {
			if (i < n) on({ type: 'text', text: decodeEntities(xml.slice(i)) });
			return;
		}
		if (lt > i) on({ type: 'text', text: decodeEntities(xml.slice(i, lt)) });
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			i = end < 0 ? n : end + 3;
		} else if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt + 9);
			on({ type: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) });
			i = end < 0 ? n : end + 3;
		} else if (xml.startsWith('<?', lt)) {
			const end = xml.indexOf('?>', lt + 2);
			i = end < 0 ? n : end + 2;
		} else if (xml.startsWith('<!', lt)) {
			const end = xml.indexOf('>', lt + 2);
			i = end < 0 ? n : end + 1;
		} else {
			const end = tagEnd(xml, lt);
			if (end < 0) return;
			const inner = xml.slice(lt + 1, end);
			if (inner.startsWith('/')) {
				on({ type: 'close', name: localName(inner.slice(1).trim()) });
			} else {
				const selfClosing = inner.endsWith('/');
				const body = selfClosing ? inner.slice(0, -1) : inner;
				const sp = body.search(/\s/);
				const qname = sp < 0 ? body : body.slice(0, sp);
				const name = localName(qname);
				on({ type: 'open', name, attrs: sp < 0 ? {} : parseAttrs(body.slice(sp)), selfClosing });
				if (selfClosing) on({ type: 'close', name });
			}
			i = end + 1;
		}
	}
}
