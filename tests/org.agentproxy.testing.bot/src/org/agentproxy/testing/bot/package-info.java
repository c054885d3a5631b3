/**
 * A small in-house UI test driver with the shape of SWTBot, on plain SWT (no workbench dependency: the workbench bot
 * — views, editors, part activation — is the bundle {@code org.agentproxy.testing.bot.workbench}). The handbook is
 * {@code docs/ui-testing.md}.
 *
 * <h2>Threading contract</h2>
 * <ul>
 * <li>Tests run on a thread other than the UI thread (tycho-surefire {@code useUIThread=false}, or a UI thread
 * started by the test fixture). Bots may be called from any non-UI thread, not concurrently.</li>
 * <li>Queries (finding and reading widgets) run on the UI thread through {@code Display.asyncExec} and are awaited
 * with the bot's timeout, like {@code syncExec}; they return plain values ({@code String}, {@code List<String>},
 * {@code boolean}). Widget bots hold their widget but touch it only on the UI thread.</li>
 * <li>Actions (click, menu click, double click, select, set text, close) are posted with
 * {@code Display.asyncExec}, followed by an empty query as a barrier: the call returns once the action has finished,
 * or once it runs a nested event loop. An action that opens a modal dialog therefore never blocks the test thread,
 * and the dialog's loop serves the next queries. A failure of the action before the barrier is rethrown as
 * {@link org.agentproxy.testing.bot.BotException}.</li>
 * <li>Waiting is polling (about every 50 ms) with a timeout: 10 s by default, system property
 * {@code agentproxy.bot.timeout} (ms), or {@link org.agentproxy.testing.bot.Bot#withTimeout}. Finders wait for their
 * widget; timeouts throw {@link org.agentproxy.testing.bot.BotTimeoutException} or
 * {@link org.agentproxy.testing.bot.WidgetNotFoundException}, whose message lists the visible shells and widgets.
 * Tests synchronise with {@link org.agentproxy.testing.bot.Bot#waitUntil}, never with {@code Thread.sleep}.</li>
 * <li>Events are sent with {@code notifyListeners} (no native input): listeners run, the window system does not
 * see the input, so tests work under Xvfb without a window manager. {@link org.agentproxy.testing.bot.Keyboard} is the
 * exception: real key events through {@code Display.post}, so that key bindings and accelerators fire. Without a window manager there may be no
 * active shell; {@link org.agentproxy.testing.bot.Bot#activeShell()} then falls back to the most recently created
 * visible shell.</li>
 * </ul>
 *
 * <h2>Switching to SWTBot</h2>
 * The switch is mechanical: {@code Bot} becomes {@code SWTBot} (or {@code SWTWorkbenchBot}), {@code ShellBot}
 * {@code SWTBotShell}, {@code ButtonBot} {@code SWTBotButton}/{@code SWTBotCheckBox}/{@code SWTBotRadio},
 * {@code TextBot} {@code SWTBotText}, {@code ComboBot} {@code SWTBotCombo}, {@code LabelBot} {@code SWTBotLabel},
 * {@code TreeBot}/{@code TreeItemBot} {@code SWTBotTree}/{@code SWTBotTreeItem}, {@code TableBot}
 * {@code SWTBotTable}, {@code MenuBot} {@code SWTBotMenu}, {@code CTabItemBot} {@code SWTBotCTabItem},
 * {@code LinkBot} {@code SWTBotLink}, {@code Condition} {@code ICondition}, {@code Conditions} SWTBot's
 * {@code Conditions}, {@code Keyboard}/{@code KeyStroke} SWTBot's {@code Keyboard}/{@code KeyStroke},
 * {@code WorkbenchBot}/{@code ViewBot}/{@code EditorBot} {@code SWTWorkbenchBot}/{@code SWTBotView}/{@code SWTBotEditor},
 * {@code WidgetNotFoundException}/{@code BotTimeoutException} SWTBot's exceptions, and
 * {@code ScreenshotOnFailure} SWTBot's {@code SWTBotJunit5Extension}. Method names follow SWTBot where they exist.
 * Widget ids keep working by setting SWTBot's key to ours (system property
 * {@code org.eclipse.swtbot.search.defaultKey=org.agentproxy.bot.id}); the timeout property becomes
 * {@code org.eclipse.swtbot.search.timeout}.
 */
package org.agentproxy.testing.bot;
