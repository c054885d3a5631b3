package org.agentproxy.ui;

import java.util.List;

import org.agentproxy.policy.validation.Problem;
import org.agentproxy.ui.internal.editor.FieldLabels;

/**
 * The errors of a policy in a few lines, for the dialogs that refuse or question writing it (save, deploy).
 *
 * @since 0.2.0
 */
public final class PolicyErrors {

    /** How many errors a dialog lists before "…and N more". */
    public static final int SHOWN = 5;

    private PolicyErrors() {
    }

    /** The errors (not the warnings) among the problems. */
    public static List<Problem> of(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** {@code 1 error} or {@code 3 errors}. */
    public static String count(int errors) {
        return errors + (errors == 1 ? Messages.PolicyErrors_error : Messages.PolicyErrors_errors);
    }

    /**
     * The first {@value #SHOWN} errors, one bulleted line each naming the field as the editor shows it (page ›
     * section › field) with the reason, then {@code …and N more (Policy Problems lists them all)} when there are
     * more.
     */
    public static String list(List<Problem> problems) {
        List<Problem> errors = of(problems);
        FieldLabels labels = FieldLabels.studio();
        StringBuilder text = new StringBuilder();
        errors.stream().limit(SHOWN).forEach(p -> text.append("• ").append(labels.describe(p)).append('\n')); //$NON-NLS-1$
        if (errors.size() > SHOWN) {
            text.append(Messages.PolicyErrors_and).append(errors.size() - SHOWN).append(Messages.PolicyErrors_morePolicyProblemsListsThem);
        }
        return text.toString().stripTrailing();
    }
}
