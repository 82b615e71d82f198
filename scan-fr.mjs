import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto('http://127.0.0.1:4180/#lang=fr');
await page.waitForTimeout(6000);
// scroll through so lazily drawn sections render
for (let y = 0; y < 60000; y += 700) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(120); }
await page.waitForTimeout(2000);
const found = await page.evaluate(() => {
  const EN = /\b(of|and|is|are|each|every|with|from|Show|Hide|[Ll]ayer|[Hh]ead|value|numbers|Click|Choose|words?|[Ss]tep|which|this|that|by|for|before|after|Switch|Export|in|out|into|sentence|model|Loss|loss|training|Training|token|tokens|Step)\b/;
  const out = {};
  for (const section of document.querySelectorAll('section[id]')) {
    const hits = new Set();
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const t = n.textContent.trim();
      if (t && EN.test(t) && !n.parentElement.closest('.sentence, code, .katex, math, [data-tokens]')) hits.add('T: ' + t.slice(0, 120));
    }
    for (const el of section.querySelectorAll('[aria-label], [title]')) {
      for (const a of ['aria-label', 'title']) { const t = el.getAttribute(a); if (t && EN.test(t)) hits.add(a[0] + ': ' + t.slice(0, 120)); }
    }
    if (hits.size) out[section.id] = [...hits].slice(0, 25);
  }
  return out;
});
for (const [id, hits] of Object.entries(found)) { console.log('## ' + id); for (const h of hits) console.log('  ' + h); }
await browser.close();
