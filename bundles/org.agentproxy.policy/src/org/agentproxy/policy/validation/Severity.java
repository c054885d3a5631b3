package org.agentproxy.policy.validation;

/** How bad a problem is. A policy with an error is invalid; warnings do not stop a save or a deploy. */
public enum Severity {
    ERROR,
    WARNING
}
