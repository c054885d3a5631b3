package org.agentproxy.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.agentproxy.policy.Policy;

/**
 * A part of a policy (a section, e.g. the internal agents' server proxy) that fields are bound within.
 *
 * @param <P>    the part's type
 * @param path   its path, e.g. {@code internalAgents.server}
 * @param getter reads the part
 * @param setter returns a copy of the policy with the part replaced
 */
public record PolicyPart<P>(String path, Function<Policy, P> getter, BiFunction<Policy, P, Policy> setter) {
}
