package org.agentproxy.ui.internal.editor;

import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opening the policy editor on the active policy. */
public final class PolicyEditors {

    private PolicyEditors() {
    }

    /** The policy editor of the page, opened (or brought to front) on the active policy. */
    public static PolicyEditor open(IWorkbenchPage page) throws PartInitException {
        for (var ref : page.getEditorReferences()) {
            if (PolicyEditor.ID.equals(ref.getId())) {
                IEditorPart editor = ref.getEditor(true);
                page.activate(editor);
                return (PolicyEditor) editor;
            }
        }
        var file = StudioPlugin.getDefault().activePolicy().file();
        return (PolicyEditor) page.openEditor(new PolicyEditorInput(file), PolicyEditor.ID);
    }
}
