package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The Agent Proxy Studio main window: its menus, the Policy Explorer and the status line. */
public final class StudioBot {

    public static final String TITLE = "Agent Proxy Studio";
    private static final String STATUS_ID = "org.agentproxy.ui.status.policy";

    private final Bot bot;
    private final ShellBot window;

    private StudioBot(Bot bot) {
        this.bot = bot;
        this.window = bot.shell(TITLE);
    }

    /** The running studio's window, once it is open. */
    public static StudioBot find() {
        return new StudioBot(new Bot(PlatformUI.getWorkbench().getDisplay()));
    }

    public Bot bot() {
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

    public PolicyExplorerBot explorer() {
        return new PolicyExplorerBot(window.bot());
    }

    public PolicyEditorBot editor() {
        return new PolicyEditorBot(bot, window);
    }

    /** The Policy Problems view, brought to the front of its folder. */
    public ProblemsViewBot problems() {
        window.bot().cTabItem("Policy Problems").activate();
        return new ProblemsViewBot(window.bot());
    }

    /** Window → Connection Paths. */
    public ConnectionPathsBot connectionPaths() {
        showView("Connection Paths");
        return new ConnectionPathsBot(window.bot());
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

    private void showView(String name) {
        window.activate();
        window.bot().menu("Window").menu(name).click();
        window.bot().cTabItem(name).activate();
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
        window.bot().cTabItem("Deployments").activate();
        return new DeploymentsViewBot(window.bot());
    }

    /** Deployment → Policy Servers: the view of the servers and their groups, brought to the front. */
    public PolicyServersBot policyServers() {
        window.activate();
        window.bot().menu("Deployment").menu("Policy Servers").click();
        window.bot().cTabItem("Policy Servers").activate();
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
