/**
 * Puts a tag first in a page's head, right after its charset declaration (which must stay within the
 * page's first bytes), or right after `<head>` when there is none.
 */
export function afterCharset(html: string, tag: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}
