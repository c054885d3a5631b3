package org.agentproxy.policy;

/** Whether users on an agent may configure their own proxy. */
public enum Grant {
    /** Take the parent's effective setting. Not allowed at the root. */
    INHERIT,
    /** Users may configure a proxy (used only for "Update Now"). */
    GRANTED,
    /** Users may not configure a proxy. */
    DENIED
}
