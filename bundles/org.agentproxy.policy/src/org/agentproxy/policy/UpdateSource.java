package org.agentproxy.policy;

/**
 * An update source (an Update Agent or a custom source) agents try before the OfficeScan server.
 *
 * @param name display name
 * @param url  http or https URL
 */
public record UpdateSource(String name, String url) {

    public UpdateSource {
        name = Values.text(name);
        url = Values.text(url);
    }
}
