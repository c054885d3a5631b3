package org.agentproxy.policy.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects problems under a field path; {@link #at(String)} descends into a field. */
final class Problems {

    private final String prefix;
    private final List<Problem> sink;

    Problems() {
        this("", new ArrayList<>());
    }

    private Problems(String prefix, List<Problem> sink) {
        this.prefix = prefix;
        this.sink = sink;
    }

    Problems at(String field) {
        return new Problems(path(field), sink);
    }

    Problems at(String field, int index) {
        return new Problems(path(field) + "[" + index + "]", sink);
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void error(String field, String message) {
        sink.add(new Problem(path(field), Severity.ERROR, message));
    }

    /** An error of the field this collector stands at. */
    void error(String message) {
        sink.add(new Problem(prefix, Severity.ERROR, message));
    }

    void warning(String field, String message) {
        sink.add(new Problem(path(field), Severity.WARNING, message));
    }

    List<Problem> list() {
        return List.copyOf(sink);
    }
}
