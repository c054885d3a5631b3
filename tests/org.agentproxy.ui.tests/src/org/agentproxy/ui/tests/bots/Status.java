package org.agentproxy.ui.tests.bots;

import org.agentproxy.testing.bot.Condition;

/** Wait conditions on the studio's status line. */
final class Status {

    private Status() {
    }

    static Condition contains(StudioBot studio, String text) {
        return new Condition() {
            @Override
            public boolean test() {
                return studio.statusLine().contains(text);
            }

            @Override
            public String description() {
                return "the status line to contain '" + text + "' (it shows '" + studio.statusLine() + "')";
            }
        };
    }
}
