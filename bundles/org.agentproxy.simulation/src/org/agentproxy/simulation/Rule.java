package org.agentproxy.simulation;

/** The connection-path rules of the product documentation (DESIGN.md §2); every decision cites one. */
public enum Rule implements Identified {
    R0,
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7;

    @Override
    public String id() {
        return name();
    }

    /** The rule as the documentation states it. */
    public String statement() {
        return switch (this) {
            case R0 -> Messages.Rule_R0;
            case R1 -> Messages.Rule_R1;
            case R2 -> Messages.Rule_R2;
            case R3 -> Messages.Rule_R3;
            case R4 -> Messages.Rule_R4;
            case R5 -> Messages.Rule_R5;
            case R6 -> Messages.Rule_R6;
            case R7 -> Messages.Rule_R7;
        };
    }
}
