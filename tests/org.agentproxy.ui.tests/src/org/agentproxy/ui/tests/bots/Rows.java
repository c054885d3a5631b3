package org.agentproxy.ui.tests.bots;

import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.testing.bot.Condition;

/** Wait condition: a tree shows exactly these rows; when it times out, it says which rows the tree showed. */
final class Rows {

    private Rows() {
    }

    static Condition are(List<String> expected, Supplier<List<String>> rows, String context) {
        return new Condition() {
            @Override
            public boolean test() {
                return rows.get().equals(expected);
            }

            @Override
            public String description() {
                return "the rows " + expected + " " + context + " (the tree shows " + rows.get() + ")";
            }
        };
    }
}
