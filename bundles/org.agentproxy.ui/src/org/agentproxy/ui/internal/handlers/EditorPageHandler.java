package org.agentproxy.ui.internal.handlers;

import org.agentproxy.ui.internal.editor.PolicyEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ctrl+PageDown / Ctrl+PageUp (the workbench's Next Tab / Previous Tab) in the policy editor: the next or previous
 * page, round from the last to the first. The workbench's default handler traverses the focus control's tab folder,
 * which a field on a form page never reaches.
 */
public class EditorPageHandler extends AbstractHandler {

    private final int step;

    private EditorPageHandler(int step) {
        this.step = step;
    }

    /** Next Tab: the next page. */
    public static final class Next extends EditorPageHandler {
        public Next() {
            super(1);
        }
    }

    /** Previous Tab: the previous page. */
    public static final class Previous extends EditorPageHandler {
        public Previous() {
            super(-1);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof PolicyEditor editor) {
            editor.turnPage(step);
        }
        return null;
    }
}
