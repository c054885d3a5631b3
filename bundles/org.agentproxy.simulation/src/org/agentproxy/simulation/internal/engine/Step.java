package org.agentproxy.simulation.internal.engine;

import org.agentproxy.simulation.Rule;

/**
 * A planned attempt: a target, how it is reached, the rule that put it here and why.
 *
 * @param what         the first half of the explanation, e.g. {@code Configuration goes to the OfficeScan server}
 * @param httpsProblem when not {@code null}, the attempt fails with this reason before any connection (rule R5: the
 *                     Global Smart Protection Service proxy needs HTTPS; R3: a feature routed through the SPS lists
 *                     that requires HTTPS)
 */
record Step(Endpoint target, Via via, Rule rule, String what, String httpsProblem) {

    Step(Endpoint target, Via via, Rule rule, String what) {
        this(target, via, rule, what, null);
    }

    String explanation() {
        return via.how() == null ? what : Messages.bind(Messages.Step_explanation, what, via.how());
    }
}
