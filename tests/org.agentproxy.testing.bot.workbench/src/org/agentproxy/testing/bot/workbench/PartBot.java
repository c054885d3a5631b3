package org.agentproxy.testing.bot.workbench;

import java.util.Arrays;
import java.util.Objects;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.BotException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * A view or an editor of the workbench (SWTBot's {@code SWTBotWorkbenchPart}): its title, activation and focus, and a
 * {@link #bot()} that finds widgets inside the part only. Found with {@link WorkbenchBot}. The part reference is
 * touched on the UI thread only.
 */
public abstract class PartBot {

    /** The workbench bot that found the part (display, timeout). */
    protected final WorkbenchBot bot;

    /** The part: touch it only on the UI thread, inside {@code bot.syncExec}. */
    protected final IWorkbenchPartReference ref;

    PartBot(WorkbenchBot bot, IWorkbenchPartReference ref) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.ref = Objects.requireNonNull(ref, "ref");
    }

    /** @return the title its tab shows (the part name, without an editor's dirty marker) */
    public String title() {
        return bot.syncExec(ref::getPartName);
    }

    /** @return the id of the view or editor type, e.g. {@code org.agentproxy.ui.policyExplorer} */
    public String id() {
        return bot.syncExec(ref::getId);
    }

    /**
     * Brings the part to the front of its stack and makes it the active part — the one Edit → Undo, Save and key
     * bindings act on — and gives it the focus, as a click on its tab does; returns once it is the active part.
     *
     * @return this
     */
    public PartBot show() {
        bot.syncExec(() -> {
            IWorkbenchPart part = ref.getPart(true);
            if (part == null) {
                throw new BotException("The part " + ref.getPartName() + " could not be created");
            }
            IWorkbenchPage page = ref.getPage();
            page.activate(part);
            part.setFocus();
            return null;
        });
        bot.waitUntil(WorkbenchBot.partIsActive(this));
        return this;
    }

    /** SWTBot's name for giving the part the focus: here the same as {@link #show()} (a focused part is active). */
    public PartBot setFocus() {
        return show();
    }

    /** @return whether it is the active part of its page */
    public boolean isActive() {
        return bot.syncExec(() -> ref.getPage().getActivePartReference() == ref);
    }

    /** @return whether the part is still open in its page */
    public boolean isOpen() {
        return bot.syncExec(() -> {
            IWorkbenchPage page = ref.getPage();
            return Arrays.asList(page.getViewReferences()).contains(ref)
                    || Arrays.asList(page.getEditorReferences()).contains(ref);
        });
    }

    /**
     * Closes the part (a view is hidden; an editor is closed <em>without saving</em>, as SWTBot's {@code close()});
     * returns once it is closed.
     */
    public abstract void close();

    /**
     * @return a bot that finds widgets inside this part only (its tab's content), with the workbench bot's timeout:
     *         {@code view.bot().tree()} is the view's tree even when another part has one too
     */
    public Bot bot() {
        Composite root = bot.syncExec(() -> {
            IWorkbenchPart part = ref.getPart(true);
            MPart model = part == null ? null : part.getSite().getService(MPart.class);
            if (model == null || !(model.getWidget() instanceof Composite composite)) {
                throw new BotException("The part " + ref.getPartName() + " has no control (is it open?)");
            }
            return composite;
        });
        return bot.within(root);
    }

    /** @return e.g. {@code view 'Policy Explorer'} */
    @Override
    public String toString() {
        try {
            return kind() + " '" + title() + "'";
        } catch (BotException e) {
            return kind();
        }
    }

    abstract String kind();
}
