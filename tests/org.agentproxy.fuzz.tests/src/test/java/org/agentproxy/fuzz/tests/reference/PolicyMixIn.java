package org.agentproxy.fuzz.tests.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The document's {@code "format"} member is checked before binding and is not a property of the policy. */
@JsonIgnoreProperties({ "format" })
abstract class PolicyMixIn {
}
