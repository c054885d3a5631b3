package org.agentproxy.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.agentproxy.policy.Policy;

/**
 * A typed field of a policy: its path (as validation problems name it), how to read it, and how to write it into
 * a changed copy of the policy.
 *
 * @param <T>    the field's type
 * @param path   the field path, e.g. {@code internalAgents.server.port}
 * @param label  what the field is called on screen, for Edit → Undo ("Undo Set Port")
 * @param getter reads the field
 * @param setter returns a copy of the policy with the field set
 */
public record PolicyField<T>(String path, String label, Function<Policy, T> getter,
        BiFunction<Policy, T, Policy> setter) {

    /** This field inside a part of the policy: e.g. {@code host} of the internal agents' server proxy. */
    public static <P, T> PolicyField<T> within(PolicyPart<P> part, String name, String label, Function<P, T> get,
            BiFunction<P, T, P> set) {
        return new PolicyField<>(part.path() + "." + name, label, p -> get.apply(part.getter().apply(p)), //$NON-NLS-1$
                (p, v) -> part.setter().apply(p, set.apply(part.getter().apply(p), v)));
    }
}
