/**
 * The training lab in the built app: training runs in its own worker while the page keeps
 * answering; start, pause, resume and stop do what they say; the loss curve grows; after training
 * "copy", the encoder-decoder attention of the probe sits on the diagonal (read from the figure's
 * numbers); the model opens in the page, saves as a file, and that file opens in the lab again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** Console errors of the page, to check none was logged. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function openLab(page: Page): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByTestId('translation')).not.toBeEmpty({ timeout: 30_000 });
  const lab = page.locator('#training-lab');
  await lab.scrollIntoViewIfNeeded();
  // The sticky sentence box would cover the top of the section's screenshots.
  await page.addStyleTag({ content: '.sentence-bar { position: static !important; }' });
  return lab;
}

/** Steps whose training loss the curve holds. */
async function curveSteps(lab: Locator): Promise<number> {
  return Number(await lab.locator('.lab-loss').getAttribute('data-steps'));
}

async function setNumber(lab: Locator, label: string, value: number): Promise<void> {
  await lab.getByLabel(label).fill(String(value));
}

test('trains in its own worker: start, pause, resume, stop, while the page keeps answering', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = await openLab(page);
  await lab.screenshot({ path: `${SHOTS}/training-lab-before.png` });

  await setNumber(lab, 'Steps (paper 100,000)', 5000);
  await lab.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => curveSteps(lab), { timeout: 30_000 }).toBeGreaterThan(20);
  const early = await curveSteps(lab);
  await expect.poll(() => curveSteps(lab)).toBeGreaterThan(early + 20);

  // While it trains, the sentence box still translates, and a click is answered at once.
  const translation = page.getByTestId('translation');
  const before = await translation.textContent();
  await page.locator('#sentence').fill('i am a student');
  await expect(translation).not.toHaveText(before ?? '');
  await expect(translation).not.toBeEmpty();
  // Five clicks on the probe's attention kind, each timed from the click to the page's answer.
  const clicks: number[] = [];
  for (let i = 0; i < 5; i++) {
    clicks.push(
      await lab.evaluate(async (section) => {
        const button = section.querySelector<HTMLButtonElement>(
          '.lab-probe [role="radio"][aria-checked="false"]',
        );
        if (!button) throw new Error('no attention kind to pick');
        const answered = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (button.getAttribute('aria-checked') !== 'true') return;
            observer.disconnect();
            resolve();
          });
          observer.observe(button, { attributes: true });
        });
        const start = performance.now();
        button.click();
        await answered;
        return performance.now() - start;
      }),
    );
    await page.waitForTimeout(120);
  }
  clicks.sort((a, b) => a - b);
  console.log(
    `clicks during training answered after ${clicks.map((ms) => ms.toFixed(1)).join(', ')} ms`,
  );
  expect(clicks[2]).toBeLessThan(100);
  await lab.screenshot({ path: `${SHOTS}/training-lab-during.png` });

  await lab.getByRole('button', { name: 'Pause' }).click();
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'paused');
  const paused = await curveSteps(lab);
  await expect(lab.locator('.lab-status')).toContainText(
    `Paused at step ${paused.toLocaleString('en-US')}`,
  );
  await page.waitForTimeout(500);
  expect(await curveSteps(lab)).toBe(paused);

  await lab.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => curveSteps(lab)).toBeGreaterThan(paused + 10);

  await lab.getByRole('button', { name: 'Stop' }).click();
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'stopped');
  const stopped = await curveSteps(lab);
  await page.waitForTimeout(500);
  expect(await curveSteps(lab)).toBe(stopped);
  expect(Number(await lab.locator('.lab-status').getAttribute('data-step'))).toBe(stopped);
  expect(errors).toEqual([]);
});

test('after training "copy", encoder-decoder attention sits on the diagonal; the model opens, saves and loads', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const lab = await openLab(page);
  await lab.getByRole('radio', { name: 'Copy' }).click();
  await setNumber(lab, 'Steps (paper 100,000)', 400);
  await lab.getByRole('button', { name: 'Start' }).click();
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'finished', {
    timeout: 90_000,
  });
  expect(await curveSteps(lab)).toBe(400);

  // The probe's head-averaged encoder-decoder attention, read back from its numbers table.
  const probe = lab.locator('.lab-probe');
  await expect(probe).toHaveAttribute('data-kind', 'cross');
  await expect(probe).toHaveAttribute('data-head', 'average');
  await probe.getByRole('button', { name: 'Show the numbers' }).click();
  const weights = await probe
    .locator('td[data-value]')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  const size = Math.round(Math.sqrt(weights.length));
  expect(size * size).toBe(weights.length);
  const words = size - 1;
  let diagonal = 0;
  for (let i = 0; i < words; i++) diagonal += weights[i * size + i];
  diagonal /= words;
  console.log(`copy after 400 steps: mean weight on the diagonal ${diagonal.toFixed(3)}`);
  expect(diagonal).toBeGreaterThan(0.5);
  expect(Number(await probe.getAttribute('data-diagonal'))).toBeCloseTo(diagonal, 6);
  await lab.screenshot({ path: `${SHOTS}/training-lab-after.png` });
  // The section as a reader first finds it: its numbers table closed again.
  await probe.getByRole('button', { name: 'Hide the numbers' }).click();
  const { violations } = await new AxeBuilder({ page }).include('#training-lab').analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`)),
  ).toEqual([]);

  // Opened in every view: the page's model becomes the lab's, and translates the probe as it did.
  const written = (await lab.getByTestId('lab-probe-output').locator('strong').textContent()) ?? '';
  await lab.getByRole('button', { name: 'Open in every view' }).click();
  await expect(lab.getByTestId('lab-opened')).toContainText(
    'Trained in this page: copy 3 to 8 digits, step 400',
  );
  await expect(page.getByTestId('translation')).toHaveText(written);

  // Saved, then loaded back: the lab holds it again, paused at its step, writing the same words.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    lab.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('copy-step-400.safetensors');
  const saved = testInfo.outputPath('copy-step-400.safetensors');
  await download.saveAs(saved);
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'idle');
  await lab.getByLabel('Model file to load').setInputFiles(saved);
  await expect(lab.locator('.lab-status')).toHaveAttribute('data-status', 'paused');
  await expect(lab.locator('.lab-status')).toContainText('Paused at step 400');
  await expect(lab.getByTestId('lab-probe-output').locator('strong')).toHaveText(written);

  // A damaged file is refused with a message naming it; the lab keeps its model.
  const damaged = testInfo.outputPath('damaged.safetensors');
  writeFileSync(damaged, readFileSync(saved).subarray(0, 100));
  await lab.getByLabel('Model file to load').setInputFiles(damaged);
  await expect(lab.getByRole('alert')).toContainText(
    'This file cannot be opened in the lab: damaged.safetensors',
  );
  await expect(lab.locator('.lab-status')).toContainText('Paused at step 400');
  await lab.screenshot({ path: `${SHOTS}/training-lab-loaded.png` });
  expect(errors).toEqual([]);
});
