// The SDK's documentation comments are HTML fragments (<p>, <ul><li>, <code>, <a href>, <note>...). Help shows
// plain text: one string per paragraph, list items as "- " paragraphs, inline markup dropped, whitespace folded.
// Pure string processing, so the same input always gives the same text.

/** Elements that end one paragraph and start another. */
const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'note', 'important', 'div', 'br', 'para', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr']);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Paragraphs of plain text from an HTML documentation fragment. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let bullet = false;
  const flush = (): void => {
    const text = decodeEntities(current).replace(/\s+/g, ' ').trim();
    current = '';
    if (!text) return;
    // A list item's text often sits in a <p> of its own: the bullet waits for the first text.
    paragraphs.push(bullet ? `- ${text}` : text);
    bullet = false;
  };
  // {@link Name} (TSDoc) reads as the name itself.
  const source = html.replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '$1');
  const tag = /<\/?\s*([a-zA-Z][\w-]*)[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(source); m !== null; m = tag.exec(source)) {
    current += source.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1].toLowerCase();
    // Inline markup (<code>, <a>, <i>, <b>) keeps only its text.
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (name === 'li' && !m[0].startsWith('</')) bullet = true;
  }
  current += source.slice(last);
  flush();
  return paragraphs;
}

/** The paragraphs joined the way the help files store them: a blank line between paragraphs. */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join('\n\n');
}
