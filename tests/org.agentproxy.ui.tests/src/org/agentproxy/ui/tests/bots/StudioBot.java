package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.workbench.ViewBot;
import org.agentproxy.testing.bot.workbench.WorkbenchBot;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The Agent Proxy Studio main window: its menus, its views and editor, and the status line. The bots of views and of
 * the editor make their part the active one before they act (Edit → Undo, Save and key bindings go to the active
 * part), through the {@link WorkbenchBot}.
 */
public final class StudioBot {

    public static final String TITLE = "Agent Proxy Studio";
    public static final String EXPLORER_ID = "org.agentproxy.ui.policyExplorer";
    public static final String PROBLEMS_ID = "org.agentproxy.ui.policyProblems";
    private static final String STATUS_ID = "org.agentproxy.ui.status.policy";

    private final WorkbenchBot bot;
    private final ShellBot window;

    private StudioBot(WorkbenchBot bot) {
        this.bot = bot;
        this.window = bot.shell(TITLE);
    }

    /** The running studio's window, once it is open. */
    public static StudioBot find() {
        return new StudioBot(new WorkbenchBot(PlatformUI.getWorkbench().getDisplay()));
    }

    public Bot bot() {
        return bot;
    }

    /** The workbench bot: views and editors as parts ({@code viewByTitle}, {@code activeEditor}, …). */
    public WorkbenchBot workbench() {
        return bot;
    }

    public String title() {
        return window.title();
    }

    /** The main window itself (size, screenshots, the controls it cannot show whole). */
    public ShellBot window() {
        return window;
    }

    /** Window → <i>name</i> Perspective: returns once it is the active perspective. */
    public StudioBot perspective(String name) {
        window.activate();
        window.bot().menu("Window").menu(name + " Perspective").click();
        bot.waitUntil(Condition.of("the " + name + " perspective to be active",
                () -> name.equals(activePerspective())));
        return this;
    }

    /** The label of the active perspective. */
    public String activePerspective() {
        return bot.syncExec(() -> {
            var perspective = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective();
            return perspective == null ? null : perspective.getLabel();
        });
    }

    /** The Policy Explorer view (its bot activates the view before keyboard actions). */
    public PolicyExplorerBot explorer() {
        return new PolicyExplorerBot(window.bot(), () -> bot.viewById(EXPLORER_ID));
    }

    public PolicyEditorBot editor() {
        return new PolicyEditorBot(bot, window);
    }

    /** The Policy Problems view, brought to the front and activated. */
    public ProblemsViewBot problems() {
        bot.viewById(PROBLEMS_ID).show();
        return new ProblemsViewBot(window.bot());
    }

    /** The History view, active. */
    public HistoryViewBot history() {
        return new HistoryViewBot(bot.viewById(HistoryViewBot.VIEW_ID));
    }

    /** Window → Connection Paths. */
    public ConnectionPathsBot connectionPaths() {
        showView("Connection Paths");
        return new ConnectionPathsBot(window.bot());
    }

    /** Deployment → Fleet Status. */
    public FleetStatusBot fleetStatus() {
        window.activate();
        window.bot().menu("Deployment").menu("Fleet Status").click();
        bot.viewByTitle("Fleet Status").show();
        return new FleetStatusBot(window.bot());
    }

    /** Window → Fleet Impact. */
    public FleetImpactBot fleetImpact() {
        showView("Fleet Impact");
        return new FleetImpactBot(window.bot());
    }

    /** Closes a view (by its id) if it is open, so that later tests find the default layout. */
    public StudioBot closeView(String viewId) {
        bot.syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IViewReference view = page.findViewReference(viewId);
            if (view != null) {
                page.hideView(view);
            }
            return null;
        });
        return this;
    }

    /** Opens a view as a person does (Window → name), then makes it the active part. */
    private ViewBot showView(String name) {
        window.activate();
        window.bot().menu("Window").menu(name).click();
        return bot.viewByTitle(name).show();
    }

    /** File → Revert, confirmed. */
    public StudioBot revert() {
        window.activate();
        window.bot().menu("File").menu("Revert").click();
        bot.shell("Revert Policy").bot().button("OK").click();
        return this;
    }

    public String statusLine() {
        return window.bot().labelWithId(STATUS_ID).getText();
    }

    /** File → Open Policy…, for a file the studio accepts: returns once the status line names it. */
    public PolicyExplorerBot openPolicy(String expectedFileName) {
        window.activate();
        window.bot().menu("File").menu("Open Policy...").click();
        bot.waitUntil(Status.contains(this, expectedFileName));
        return explorer();
    }

    /** File → Open Policy…, for a file the studio rejects: returns the error dialog. */
    public MessageDialogBot openPolicyExpectingError() {
        window.activate();
        window.bot().menu("File").menu("Open Policy...").click();
        return new MessageDialogBot(bot.shell("Cannot Open Policy"));
    }

    /** File → Save Policy As…: returns once the status line names the new file. */
    public StudioBot savePolicyAs(String expectedFileName) {
        window.activate();
        window.bot().menu("File").menu("Save Policy As...").click();
        bot.waitUntil(Status.contains(this, expectedFileName));
        return this;
    }

    private void clickDeployPolicy() {
        window.activate();
        window.bot().menu("Deployment").menu("Deploy Policy...").click();
    }

    /** Deployment → Servers…: the Policy Servers preference page. */
    public ServersBot servers() {
        window.activate();
        window.bot().menu("Deployment").menu("Servers...").click();
        return new ServersBot(bot.shell(ServersBot.TITLE));
    }

    /** Deployment → Deploy Policy…, when the studio asks first ("Text Not Applied"). */
    public QuestionDialogBot deployExpectingQuestion() {
        clickDeployPolicy();
        return new QuestionDialogBot(bot.shell(QuestionDialogBot.REFUSED_TEXT));
    }

    /** Deployment → Deploy Policy…, when the studio refuses to deploy: the error dialog. */
    public MessageDialogBot deployExpectingRefusal() {
        clickDeployPolicy();
        return new MessageDialogBot(bot.shell("Cannot Deploy Policy"));
    }

    /** The Deploy Policy wizard, once it is open (after a question let it open). */
    public DeployWizardBot deployWizardShown() {
        return new DeployWizardBot(bot.shell(DeployWizardBot.TITLE));
    }

    /**
     * Presses key strokes in the main window as they come, whatever part is active ({@code "Ctrl+Z"}); to press them in
     * the editor, {@link PolicyEditorBot#press(String...)}.
     */
    public StudioBot press(String... strokes) {
        window.activate();
        bot.keyboard().pressShortcut(strokes);
        return this;
    }

    /** Brings the main window to the front and activates it (as a window manager does when a dialog closes). */
    public StudioBot activate() {
        window.activate();
        return this;
    }

    /**
     * Waits until the control with this id has the keyboard focus. While no control of the window has the focus,
     * activates the window again, as a user's click would: without a window manager (Xvfb) nothing gives the
     * focus back to the main window when a dialog closes, and an activation sent while the dialog was still
     * closing is lost.
     *
     * @param id   the control's {@link Bot#ID_KEY}
     * @param what the control in words, for the timeout message
     */
    public void waitForFocus(String id, String what) {
        bot.waitUntil(Condition.of(what + " to have the focus", () -> {
            String focused = bot.syncExec(() -> {
                var focus = bot.display().getFocusControl();
                return focus == null ? null : String.valueOf(focus.getData(Bot.ID_KEY));
            });
            if (focused == null) {
                window.activate();
            }
            return id.equals(focused);
        }));
    }

    /** Whether a shell with that title is open. */
    public boolean hasShell(String title) {
        return bot.syncExec(() -> java.util.Arrays.stream(bot.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())));
    }

    /** Deployment → Deploy Policy…: the wizard on its first page. */
    public DeployWizardBot deployWizard() {
        clickDeployPolicy();
        return new DeployWizardBot(bot.shell(DeployWizardBot.TITLE));
    }

    /** The Deployments view (Deployment → Deployments), brought to the front. */
    public DeploymentsViewBot deployments() {
        window.activate();
        window.bot().menu("Deployment").menu("Deployments").click();
        bot.viewByTitle("Deployments").show();
        return new DeploymentsViewBot(window.bot());
    }

    /** Deployment → Policy Servers: the view of the servers and their groups, brought to the front. */
    public PolicyServersBot policyServers() {
        window.activate();
        window.bot().menu("Deployment").menu("Policy Servers").click();
        bot.viewByTitle("Policy Servers").show();
        return new PolicyServersBot(window.bot(), bot);
    }

    /** Edit → Find Setting…: the cursor goes into the Policy Explorer's search box. */
    public PolicyExplorerBot findSetting() {
        window.activate();
        window.bot().menu("Edit").menu("Find Setting...").click();
        return explorer();
    }

    /** Help → About Agent Proxy Studio. */
    public MessageDialogBot about() {
        window.activate();
        window.bot().menu("Help").menu("About Agent Proxy Studio").click();
        return new MessageDialogBot(bot.shell("About Agent Proxy Studio"));
    }
}
