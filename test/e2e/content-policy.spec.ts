/**
 * The page under its own Content-Security-Policy (index.html's meta tag, and the header that
 * `vite preview` sends as a host should): a full visit, every section, the presentation, the
 * comparison, an export and the training lab, must cause no violation at all.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

// Other browser tests add their own styles to the page, and so set the policy aside.
test.use({ bypassCSP: false });

/** Waits sized for a busy machine: the first translation may take seconds. */
const FIRST_TRANSLATION_MS = 30_000;
const WORK_MS = 30_000;

/** Every violation the page's documents or its workers report, as a line of text. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, line: string) => violations.push(line));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (line: string) => void })
      .reportViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(
        `${event.effectiveDirective}: ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openView(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('translation').first()).not.toBeEmpty({
    timeout: FIRST_TRANSLATION_MS,
  });
}

/** Exports `figure` as SVG and as PNG, from its Export menu. */
async function exportBoth(page: Page, figure: Locator): Promise<void> {
  for (const format of ['SVG', 'PNG']) {
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole('button', { name: /^Export figure/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WORK_MS }),
      figure.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  }
}

test('a full visit causes no content-policy violation', async ({ page }) => {
  test.setTimeout(300_000);
  const violations = await watchViolations(page);

  // The long page, every section brought into view and its figures drawn.
  await openView(page, '');
  const sections = page.locator('main section[id]');
  const count = await sections.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    await sections.nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  // Formulas are MathML, laid out by the browser: a picture of one, to look at.
  const formula = page.locator('[data-figure="formula"] .cmp-formula-display').first();
  await formula.scrollIntoViewIfNeeded();
  await formula.screenshot({ path: 'test-results/screenshots/formula-mathml.png' });

  // An export of a figure, as SVG and as PNG.
  await exportBoth(page, page.locator('#tensors [data-export-figure^="embeddings"]'));

  // The training lab: a few steps, then a pause.
  const lab = page.locator('#training-lab');
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(() => lab.locator('.lab-loss').getAttribute('data-steps').then(Number), {
      timeout: WORK_MS,
    })
    .toBeGreaterThan(5);
  await lab.getByRole('button', { name: 'Pause' }).click();
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'paused', {
    timeout: WORK_MS,
  });

  // The presentation, every step.
  await openView(page, '#view=present');
  const where = page.getByTestId('present-step');
  const steps = Number((await where.textContent())?.match(/of (\d+)/)?.[1]);
  // Next moves a whole figure (the arrow keys first go through a figure's own steps).
  const next = page.locator('.present-nav').getByRole('button', { name: 'Next →' });
  for (let step = 2; step <= steps; step++) {
    await next.click();
    await expect(where).toHaveText(`Step ${step} of ${steps}`, { timeout: WORK_MS });
  }

  // The comparison of two sentences.
  await openView(page, '#view=compare&compare=the+animal+was+tired');
  await expect(page.getByTestId('compare-side')).toHaveCount(2, { timeout: WORK_MS });

  expect(violations).toEqual([]);

  // The watch works: an inline style attribute is refused, and reported.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<span style="color: red">refused</span>'),
  );
  await expect
    .poll(() => violations.filter((v) => /^style-src-attr|inline style/.test(v)).length, {
      timeout: WORK_MS,
    })
    .toBeGreaterThan(0);
});
