package org.agentproxy.ui.internal;

import org.eclipse.osgi.util.NLS;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.editor.FieldLabels;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/** Status line: the open policy's name, file and problem counts; its tooltip names the problems. */
final class PolicyStatusItem extends ContributionItem {

    static final String ID = "org.agentproxy.ui.status.policy"; //$NON-NLS-1$
    private static final int WIDTH_CHARS = 80;
    private static final int MAX_TOOLTIP_LINES = 15;

    private CLabel label;
    private String text = ""; //$NON-NLS-1$
    private String tooltip;

    PolicyStatusItem() {
        super(ID);
    }

    @Override
    public void fill(Composite parent) {
        label = new CLabel(parent, SWT.SHADOW_NONE);
        label.setData("org.agentproxy.bot.id", ID); //$NON-NLS-1$
        StatusLineLayoutData data = new StatusLineLayoutData();
        data.widthHint = WIDTH_CHARS * 7;
        label.setLayoutData(data);
        label.setText(text);
        label.setToolTipText(tooltip);
    }

    void update(ActivePolicy active) {
        text = describe(active);
        // a narrow window shortens the line in the middle: the tooltip has all of it, the file's folder, the problems
        tooltip = active.file() == null ? text : text + "\n" + active.file(); //$NON-NLS-1$
        String problems = problems(active);
        if (problems != null) {
            tooltip += "\n\n" + problems; //$NON-NLS-1$
        }
        if (label != null && !label.isDisposed()) {
            label.setText(text);
            label.setToolTipText(tooltip);
        }
    }

    /** The problems where the administrator sees them (page › section › field: reason), as the tooltip. */
    private static String problems(ActivePolicy active) {
        if (active.problems().isEmpty()) {
            return null;
        }
        FieldLabels labels = FieldLabels.studio();
        java.util.List<String> lines = active.problems().stream().limit(MAX_TOOLTIP_LINES).map(labels::describe)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        if (active.problems().size() > MAX_TOOLTIP_LINES) {
            lines.add(NLS.bind(Messages.PolicyStatusItem_and0MoreInPolicy, (active.problems().size() - MAX_TOOLTIP_LINES)));
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    static String describe(ActivePolicy active) {
        if (active.policy() == null) {
            return Messages.PolicyStatusItem_noPolicyOpen;
        }
        return NLS.bind(Messages.PolicyStatusItem_status, new Object[] { active.policy().name(),
                active.file().getFileName(), ProblemCounts.describe(active.errorCount(), active.warningCount()) });
    }
}
