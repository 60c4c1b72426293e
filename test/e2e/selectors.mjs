// Every selector of the UI suite in one place: the workbench DOM is not an API and changes
// between VS Code versions. Helpers poll for state; none sleeps a fixed time.

export const S = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  quickInputMessage: '.quick-input-widget .quick-input-message',
  activeTab: '.tabs-container .tab.active',
  editorArea: '.part.editor',
  activeEditor: '.editor-group-container.active .editor-instance .monaco-editor',
  activeViewLines: '.editor-group-container.active .editor-instance .monaco-editor .view-lines',
  squiggleError: '.editor-group-container.active .squiggly-error',
  squiggleWarning: '.editor-group-container.active .squiggly-warning',
  problemsRow: '.markers-panel .monaco-list-row',
  codeLens: '.editor-group-container.active .contentWidgets .codelens-decoration',
  suggestRow: '.suggest-widget .monaco-list-row',
  suggestWidgetVisible: '.suggest-widget.visible',
  statusItem: '#workbench\\.parts\\.statusbar .statusbar-item',
  toast: '.notifications-toasts .notification-toast',
  toastMessage: '.notifications-toasts .notification-list-item-message',
  paneHeader: '.part.sidebar .pane-header',
  // The editor's hover (on a key, or on an inlay hint: its tooltip).
  hover: '.monaco-hover:not(.hidden) .monaco-hover-content',
  // An inlay hint's label: injected text with a generated class name (VS Code's DynamicCssRules).
  inlayHint: '.editor-group-container.active .view-lines span[class*="dyn-rule"]',
  paneBody: '.part.sidebar .pane-body',
  // The Welcome page's walkthrough (VS Code's gettingStarted editor, plain DOM, no webview).
  walkthroughStep: '.gettingStartedContainer button.getting-started-step',
};

const normalize = (s) => (s ?? '').replace(/\u00a0/g, ' ');

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  async ready(fileName, timeout = 90_000) {
    await this.page.waitForSelector(S.workbench, { timeout });
    if (fileName) await this.page.locator(S.explorerRow, { hasText: fileName }).first().waitFor({ timeout });
  }

  /** Polls `fn` (an async predicate / value getter) until truthy. */
  async until(fn, { timeout = 30_000, interval = 200, message = 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await fn();
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}${last instanceof Error ? ` (${last.message})` : ''}`);
      await this.page.waitForTimeout(interval);
    }
  }

  /**
   * The Markdown preview's frame that shows a link with `linkText`, once rendered (the preview is
   * a webview: an iframe whose own frame holds the report). Throws when the preview shows a link
   * as raw text (`](…)`, `file://`) instead of an anchor.
   */
  async reportFrameWithLink(linkText, what) {
    const link = (f) => f.locator('a', { hasText: linkText });
    const frame = await this.until(async () => {
      for (const f of this.page.frames()) if ((await link(f).count().catch(() => 0)) > 0) return f;
      return undefined;
    }, { message: `the link to ${linkText} as an anchor in ${what}`, timeout: 60_000 });
    const body = await frame.locator('body').innerText();
    if (/\]\(<?[a-z]+:/i.test(body) || /file:\/\//.test(body)) throw new Error(`a link shown as raw text in ${what}: ${body.slice(0, 300)}`);
    return { frame, body, link: () => link(frame).first() };
  }

  /**
   * Gives the workbench keyboard focus without moving the cursor: a click on the active tab (a
   * click into the text would move the cursor; a webview, such as the Markdown preview, would
   * swallow the keys), else into the empty editor area.
   */
  async focusWorkbench() {
    const tab = this.page.locator(S.activeTab).first();
    if (await tab.isVisible().catch(() => false)) await tab.click({ position: { x: 30, y: 10 } });
    else await this.page.locator(S.editorArea).click({ position: { x: 300, y: 300 } }).catch(() => {});
  }

  /** Keyboard focus into the active text editor, at its cursor. */
  async focusEditor() {
    await this.focusWorkbench();
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Focus Active Editor Group');
  }

  /**
   * Opens the quick input with `key` (Control+P: files; F1: commands), fills `text`, waits for a
   * row matching `row` (string or RegExp), accepts it and waits for the widget to hide.
   * Retries up to 3 times with Escape in between (typing races the filter: fill() instead).
   */
  async quickPick(key, text, row, { accept = true, waitHidden = true } = {}) {
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await this.page.keyboard.press('Escape');
        await this.focusWorkbench();
        await this.page.keyboard.press(key);
        const input = this.page.locator(S.quickInputBox);
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(text);
        const match = this.page.locator(S.quickInputRow, { hasText: row ?? text.replace(/^>/, '') }).first();
        await match.waitFor({ state: 'visible', timeout: 15_000 });
        if (!accept) return match;
        // Click the row itself: Enter would take the first row, which fuzzy ranking may make a
        // different one ("Evaluate All Prospects" for "Evaluate Prospect").
        await match.click();
        if (waitHidden) await this.page.locator(S.quickInput).waitFor({ state: 'hidden', timeout: 10_000 });
        return match;
      } catch (e) {
        lastError = e;
      }
    }
    throw new Error(`quick input "${text}" failed 3 times: ${lastError?.message}`);
  }

  /** Runs a command from the palette; `waitHidden: false` for one that asks something next. */
  async runCommand(title, { waitHidden = true } = {}) {
    await this.quickPick('F1', `>${title}`, title, { waitHidden });
  }

  /** Opens a workspace file by its relative path through Quick Open (Control+P). */
  async openFile(relativePath) {
    const name = relativePath.split('/').pop();
    await this.quickPick('Control+P', relativePath, name);
    await this.page.locator(S.activeTab, { hasText: name }).first().waitFor({ timeout: 15_000 });
    await this.page.locator(S.activeViewLines).first().waitFor({ timeout: 15_000 });
  }

  async editorText() {
    return normalize(await this.page.locator(S.activeViewLines).first().innerText());
  }

  async codeLensTexts() {
    return (await this.page.locator(S.codeLens).allInnerTexts()).map(normalize);
  }

  /**
   * Whether the code lens link with this text ends inside the active editor's visible width (a
   * lens line wider than the editor is cut off, and what is cut off cannot be clicked).
   */
  async codeLensVisible(text) {
    const link = this.page.locator(`${S.codeLens} a`, { hasText: text }).first();
    const [box, editor] = await Promise.all([link.boundingBox(), this.page.locator(S.activeEditor).first().boundingBox()]);
    return !!box && !!editor && box.width > 0 && box.x + box.width <= editor.x + editor.width;
  }

  /**
   * The lens row above the prospect, measured: its text, its width in pixels, the room it has (to
   * the minimap, or the editor's right edge) and whether the row is cut (overflow hidden).
   */
  async codeLensRow(text) {
    const row = this.page.locator(S.codeLens, { hasText: text }).first();
    await row.waitFor({ timeout: 15_000 });
    return row.evaluate((el) => {
      const editor = el.closest('.monaco-editor');
      const minimap = editor?.querySelector('.minimap');
      const links = [...el.querySelectorAll('a')];
      const start = el.getBoundingClientRect().left;
      const end = links.length > 0 ? Math.max(...links.map((a) => a.getBoundingClientRect().right)) : el.getBoundingClientRect().right;
      const edge = minimap && minimap.getBoundingClientRect().width > 0 ? minimap.getBoundingClientRect().left : editor.getBoundingClientRect().right;
      return { text: el.innerText, width: Math.round(end - start), room: Math.round(edge - start), cut: el.scrollWidth > el.clientWidth + 1 || end > edge };
    });
  }

  async statusTexts() {
    return (await this.page.locator(S.statusItem).allInnerTexts()).map(normalize);
  }

  async problemsRows() {
    return (await this.page.locator(S.problemsRow).allInnerTexts()).map(normalize);
  }

  async suggestRows() {
    return (await this.page.locator(S.suggestRow).allInnerTexts()).map(normalize);
  }

  async toasts() {
    return (await this.page.locator(S.toastMessage).allInnerTexts()).map(normalize);
  }

  /** The text of the editor's hover once one shows (Ctrl+K Ctrl+I at the cursor when `show`). */
  async hoverText({ show = true, timeout = 15_000 } = {}) {
    if (show) {
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    }
    const hover = this.page.locator(S.hover).first();
    await hover.waitFor({ timeout });
    return normalize(await hover.innerText());
  }

  /** Moves the mouse onto the first inlay hint whose label matches `text`, and gives its tooltip's text. */
  async inlayTooltip(text, { timeout = 20_000 } = {}) {
    const hint = this.page.locator(S.inlayHint, { hasText: text }).first();
    await hint.waitFor({ timeout });
    const box = await hint.boundingBox();
    if (!box) throw new Error(`the inlay hint "${text}" is not visible`);
    await this.page.mouse.move(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
    return this.hoverText({ show: false, timeout });
  }

  /** Moves the cursor of the active editor to `line` (1-based) through Quick Open's ":" mode. */
  async goToLine(line, column) {
    await this.quickPick('Control+P', column ? `:${line}:${column}` : `:${line}`, /line|Zeile/i);
    await this.page.locator(S.activeEditor + '.focused').first().waitFor({ timeout: 10_000 });
  }

  /** Opens our walkthrough on the Welcome page, in the active editor group. */
  async openWalkthrough(title) {
    // The command asks next which walkthrough: the quick input stays open for that second pick.
    await this.quickPick('F1', '>Welcome: Open Walkthrough', /Open Walkthrough|Exemplarische Vorgehensweise/i, { waitHidden: false });
    const row = this.page.locator(S.quickInputRow, { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    await this.page.locator(S.walkthroughStep).first().waitFor({ timeout: 15_000 });
  }

  /** The walkthrough step whose id ends in `id` (e.g. "evaluate"). */
  walkthroughStep(id) {
    return this.page.locator(`${S.walkthroughStep}[data-step-id$="${id}"]`).first();
  }

  /** Whether the walkthrough marks the step `id` as done. */
  async walkthroughStepDone(id) {
    return (await this.walkthroughStep(id).getAttribute('aria-checked')) === 'true';
  }

  /** Expands the step `id` and clicks its button labelled `label`. */
  async clickWalkthroughButton(id, label) {
    await this.walkthroughStep(id).click();
    // The step's own button (its accessible name is exactly the label), inside the Welcome page:
    // the editor title's "Evaluate Prospect" action is outside it.
    const button = this.page.locator('.gettingStartedContainer').getByRole('button', { name: label, exact: true }).first();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.click();
  }

  /** The sidebar pane (view) whose header says `title`; expanded. */
  async expandPane(title) {
    const header = this.page.locator(S.paneHeader, { hasText: title }).first();
    await header.waitFor({ timeout: 30_000 });
    // Click the title's left end: the right end holds the view's action buttons.
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click({ position: { x: 12, y: 10 } });
    await this.until(async () => (await header.getAttribute('aria-expanded')) === 'true', { message: `the ${title} view to expand` });
    return header;
  }

  async collapsePane(title) {
    const header = this.page.locator(S.paneHeader, { hasText: title }).first();
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click({ position: { x: 12, y: 10 } });
    await this.until(async () => (await header.getAttribute('aria-expanded')) === 'false', { message: `the ${title} view to collapse` });
  }

  /** Rows of the tree in the sidebar pane whose header says `title`. */
  async paneRows(title) {
    const pane = this.page.locator('.part.sidebar .pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
    return (await pane.locator('.monaco-list-row').allInnerTexts()).map(normalize);
  }
}
