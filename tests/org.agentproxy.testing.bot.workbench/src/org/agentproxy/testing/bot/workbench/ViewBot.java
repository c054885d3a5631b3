package org.agentproxy.testing.bot.workbench;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPartReference;

/** A view of the workbench (SWTBot's {@code SWTBotView}). */
public class ViewBot extends PartBot {

    ViewBot(WorkbenchBot bot, IWorkbenchPartReference ref) {
        super(bot, ref);
    }

    @Override
    public ViewBot show() {
        super.show();
        return this;
    }

    @Override
    public ViewBot setFocus() {
        return show();
    }

    /** Hides the view (its tab's close button), then waits until it is closed. */
    @Override
    public void close() {
        bot.syncExec(() -> {
            ref.getPage().hideView((IViewReference) ref);
            return null;
        });
        bot.waitUntil(WorkbenchBot.partIsClosed(this));
    }

    @Override
    String kind() {
        return "view";
    }
}
