import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
for (const [path, name] of process.argv.slice(2).map(a => a.split('='))) {
  await p.goto('http://127.0.0.1:4321' + path);
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < h && i < 6; y += 780, i++) {
    await p.screenshot({ path: `/tmp/${name}-${i}.png`, clip: { x: 0, y, width: 360, height: Math.min(780, h - y) }, fullPage: true });
  }
}
await b.close();
