package org.agentproxy.policy;

import java.util.List;

/**
 * Smart Protection source lists for internal agents. An agent uses the first custom list whose range holds
 * its address, else the standard list; servers in order, the next on failure.
 *
 * @param standardList the standard list
 * @param customLists  custom lists by agent IP range, in order
 */
public record SmartProtectionSources(List<SpsSource> standardList, List<CustomSourceList> customLists) {

    public static final SmartProtectionSources EMPTY = new SmartProtectionSources(List.of(), List.of());

    public SmartProtectionSources {
        standardList = Values.list(standardList);
        customLists = Values.list(customLists);
    }

    public SmartProtectionSources withStandardList(List<SpsSource> value) {
        return new SmartProtectionSources(value, customLists);
    }

    public SmartProtectionSources withCustomLists(List<CustomSourceList> value) {
        return new SmartProtectionSources(standardList, value);
    }
}
