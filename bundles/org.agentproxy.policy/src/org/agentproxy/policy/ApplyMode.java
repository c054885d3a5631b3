package org.agentproxy.policy;

/** How the root's privilege setting is applied. */
public enum ApplyMode {
    /** The root setting applies to every existing and future domain and agent, overriding their own settings. */
    ALL_AGENTS,
    /** The root setting is only the default for domains added later; existing nodes keep their settings. */
    FUTURE_DOMAINS_ONLY
}
