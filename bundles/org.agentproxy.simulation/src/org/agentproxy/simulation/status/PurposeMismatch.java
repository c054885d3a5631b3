package org.agentproxy.simulation.status;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.simulation.Attempt;
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

    /** How the engine's explanation of an attempt R7 stopped names the rule that routed it. */
    private static final Pattern ROUTED = Pattern.compile("^(R[0-6]) routes this attempt");

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

    /**
     * The rule that routed the predicted attempt: {@link #rule()}, or, when that is R7 (no common address family
     * stopped the attempt), the rule the engine's explanation names as routing it ("R3 routes this attempt, and R7
     * stops it: …"). The agent's own path is one of the same purpose, so the same rule chose among its ways.
     *
     * @since 0.2.0
     */
    public Rule routedBy() {
        if (rule != Rule.R7 || explanation == null) {
            return rule;
        }
        Matcher routed = ROUTED.matcher(explanation);
        return routed.find() ? Rule.valueOf(routed.group(1)) : rule;
    }

    /**
     * The rules behind the prediction, the routing rule first, as {@link Attempt#rules()} writes them:
     * {@code R3, R7} (R3 routed the attempt, R7 stopped it) or {@code R1}.
     *
     * @since 0.2.0
     */
    public String rules() {
        Rule routing = routedBy();
        return routing == rule ? rule.id() : routing.id() + ", " + rule.id();
    }
}
