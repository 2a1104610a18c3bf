/** Small HTML helpers of the policy reader's generator (no template engine). */

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no `</script>` can end it. */
export function jsonBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A whole page. `base` is the relative path to the site's root (`''` or `'../'`). */
export function page(opts: { title: string; base: string; body: string; description: string; current: string; context?: string }): string {
  const nav = [
    ['index.html', '文件目录'],
    ['calendar/index.html', '日历与期间'],
  ]
    .map(([href, label]) => `<a href="${opts.base}${href}"${opts.current === href ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(opts.description)}">
<title>${esc(opts.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${opts.base}assets/style.css">
<script src="${opts.base}assets/ili-policy.js" defer></script>
<script src="${opts.base}assets/reader.js" defer></script>
</head>
<body>
<header class="site"><div class="wrap"><a class="brand" href="${opts.base}index.html">伊犁州政策条文与可执行决定</a>${opts.context ? `<span class="context">${esc(opts.context)}</span>` : ''}<nav>${nav}</nav></div></header>
<main class="wrap">
${opts.body}
</main>
<footer class="site"><div class="wrap">本页由 <code>npm run site</code> 从 ili-policy 的条文、测试表与 JSON Schema 生成；页面内的计算由与业务系统相同的库代码在本机浏览器中完成，不向任何服务器发送数据。法律效力以发文机关印发的正式文本为准。</div></footer>
</body>
</html>
`;
}
