package org.agentproxy.simulation.status;

import java.util.Objects;

import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;

/**
 * One purpose whose observed path differs from the predicted one.
 *
 * @param purpose            the purpose's id
 * @param predictedVia       how the prediction goes
 * @param predictedProxy     the predicted proxy, or {@code null}
 * @param predictedTarget    the predicted target
 * @param predictedOutcome   the predicted outcome
 * @param rule               the rule that predicted it
 * @param explanation        the prediction's explanation (why this target, this way)
 * @param observed           what the agent observed
 * @param reason             how the two differ, in words
 */
public record PurposeMismatch(String purpose, Route predictedVia, String predictedProxy, String predictedTarget,
        Outcome predictedOutcome, Rule rule, String explanation, ObservedPath observed, String reason) {

    public PurposeMismatch {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(predictedVia, "predictedVia");
        Objects.requireNonNull(predictedTarget, "predictedTarget");
        Objects.requireNonNull(predictedOutcome, "predictedOutcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(observed, "observed");
    }

    /** The predicted path as {@code target via kind (proxy)}. */
    public String predictedPath() {
        return predictedTarget + " via " + predictedVia.id() + (predictedProxy == null ? "" : " (" + predictedProxy
                + ")");
    }
}
