package org.agentproxy.server.tests;

import java.time.Instant;

/** Agents' status reports for the fleet status tests: paths for the policy {@link Policies#json} gives (port 8080). */
final class StatusReports {

    static final String CONFIG_OK = """
            {"purpose":"configuration","via":"internal-server","proxy":"proxy.corp.example:8080",
             "target":"osce.corp.example:4343","outcome":"ok"}""";
    static final String CONFIG_DIRECT = """
            {"purpose":"configuration","via":"direct","target":"osce.corp.example:4343","outcome":"ok"}""";
    static final String LOGS_FAILED = """
            {"purpose":"logs","via":"internal-server","proxy":"proxy.corp.example:8080",
             "target":"osce.corp.example:4343","outcome":"failed","error":"proxy-unreachable"}""";

    private StatusReports() {
    }

    /** A report of {@code agent} at 10.1.2.3, having applied {@code version}, with the purposes' paths. */
    static String report(String agent, long version, String... purposes) {
        return """
                {"format":"agentproxy-agent-status/1","agent":"%s","version":%d,"etag":"\\"%d\\"","time":"%s",
                 "facts":{"ip":"10.1.2.3","gateway":{"ip":"10.1.0.1"},"domain":"HQ","autoProxyDetected":false},
                 "purposes":[%s]}""".formatted(agent, version, version, Instant.now(), String.join(",", purposes));
    }
}
