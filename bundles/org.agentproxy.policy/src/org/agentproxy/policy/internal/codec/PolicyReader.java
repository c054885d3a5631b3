package org.agentproxy.policy.internal.codec;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.NodeKind;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.policy.WebReputation;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.internal.json.JsonParseErrors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Binds a well-formed policy document (checked by {@link DocumentCheck}) to the model with Jackson's streaming
 * parser: no reflection, no databind. Strict like the format: an unknown member, a value of the wrong type, a
 * coercion (a number where text is expected, {@code "8080"} where a number is), a float where a whole number is, a
 * number where an enum value is, a null inside a list or a map, and a plain-text password are errors that name the
 * member's path and the line and column of its value; an absent or null member takes the record's default (false,
 * 0, empty). Enum values are read in any case.
 */
final class PolicyReader {

    static final String PLAIN_TEXT = "plain-text passwords are not allowed in a policy file; keep the password in "
            + "secure storage and refer to it as {\"ref\": \"<key>\"}";

    /** Reads the value the parser is on (or returns {@code null} for an absent value's default). */
    @FunctionalInterface
    private interface Value<T> {
        T read() throws IOException;
    }

    /** The members of a record, in its component order, and the sentence that lists them for an unknown one. */
    private record Members(List<String> names, String ignored, String known) {
        static Members of(String... names) {
            return ignoring(null, names);
        }

        static Members ignoring(String ignored, String... names) {
            return new Members(List.of(names), ignored,
                    Arrays.stream(names).sorted().collect(Collectors.joining(", ", "; expected one of: ", "")));
        }
    }

    private static final Members POLICY = Members.ignoring("format", "name", "description", "server",
            "internalAgents", "externalAgents", "globalSmartProtection", "userProxyPrivilege", "automaticProxy",
            "locationAwareness", "smartProtectionSources", "webReputation", "updates", "bypassList",
            "directFallback");
    private static final Members HOST_PORT = Members.of("host", "port");
    private static final Members INTERNAL = Members.of("server", "smartProtection");
    private static final Members ENDPOINT = Members.of("enabled", "host", "port", "user", "password");
    private static final Members EXTERNAL = Members.of("systemProxyCredentials", "serverUpdateProxy");
    private static final Members CREDENTIALS = Members.of("user", "password");
    private static final Members UPDATE_PROXY = Members.of("enabled", "protocol", "host", "port", "user", "password");
    private static final Members GLOBAL = Members.of("proxy", "features");
    private static final Members FEATURE = Members.of("useGlobalProxy", "properties");
    private static final Members PRIVILEGE = Members.of("applyMode", "root");
    private static final Members NODE = Members.of("name", "kind", "grant", "children");
    private static final Members AUTOMATIC = Members.of("autoDetect", "pacUrl");
    private static final Members LOCATION = Members.of("mode", "gateways", "referenceServers");
    private static final Members GATEWAY = Members.of("ip", "mac");
    private static final Members SOURCES = Members.of("standardList", "customLists");
    private static final Members SPS = Members.of("host", "port", "protocol", "integrated");
    private static final Members CUSTOM_LIST = Members.of("name", "range", "sources");
    private static final Members RANGE = Members.of("from", "to");
    private static final Members WEB_REPUTATION = Members.of("sendQueriesToSps");
    private static final Members UPDATES = Members.of("sources", "allowActiveUpdate");
    private static final Members UPDATE_SOURCE = Members.of("name", "url");

    private final JsonParser p;
    /** The path to the value the parser is on: member names and list indexes. */
    private final Deque<Object> path = new ArrayDeque<>();

    private PolicyReader(JsonParser parser) {
        this.p = parser;
    }

    /** The policy of a document that {@link DocumentCheck#check} accepted. */
    static Policy read(JsonParser parser) throws IOException {
        parser.nextToken();
        return new PolicyReader(parser).policy();
    }

    private Policy policy() throws IOException {
        Object[] v = record(POLICY, this::text, this::text, this::hostPort, this::internalAgents,
                this::externalAgents, this::globalSmartProtection, this::userProxyPrivilege, this::automaticProxy,
                this::locationAwareness, this::smartProtectionSources, this::webReputation, this::updates,
                () -> list(this::text), this::bool);
        return new Policy((String) v[0], (String) v[1], (HostPort) v[2], (InternalAgentsScope) v[3],
                (ExternalAgentsScope) v[4], (GlobalSmartProtectionScope) v[5], (UserProxyPrivilege) v[6],
                (AutomaticProxy) v[7], (LocationAwareness) v[8], (SmartProtectionSources) v[9],
                (WebReputation) v[10], (UpdateSettings) v[11], list(v[12]), bool(v[13]));
    }

    private HostPort hostPort() throws IOException {
        Object[] v = record(HOST_PORT, this::text, this::integer);
        return v == null ? null : new HostPort((String) v[0], integer(v[1]));
    }

    private InternalAgentsScope internalAgents() throws IOException {
        Object[] v = record(INTERNAL, this::endpoint, this::endpoint);
        return v == null ? null : new InternalAgentsScope((ProxyEndpoint) v[0], (ProxyEndpoint) v[1]);
    }

    private ProxyEndpoint endpoint() throws IOException {
        Object[] v = record(ENDPOINT, this::bool, this::text, this::integer, this::text, this::secret);
        return v == null ? null
                : new ProxyEndpoint(bool(v[0]), (String) v[1], integer(v[2]), (String) v[3], (SecretRef) v[4]);
    }

    private ExternalAgentsScope externalAgents() throws IOException {
        Object[] v = record(EXTERNAL, this::credentials, this::serverUpdateProxy);
        return v == null ? null : new ExternalAgentsScope((Credentials) v[0], (ServerUpdateProxy) v[1]);
    }

    private Credentials credentials() throws IOException {
        Object[] v = record(CREDENTIALS, this::text, this::secret);
        return v == null ? null : new Credentials((String) v[0], (SecretRef) v[1]);
    }

    private ServerUpdateProxy serverUpdateProxy() throws IOException {
        Object[] v = record(UPDATE_PROXY, this::bool, () -> constant(ProxyProtocol.class), this::text, this::integer,
                this::text, this::secret);
        return v == null ? null : new ServerUpdateProxy(bool(v[0]), (ProxyProtocol) v[1], (String) v[2],
                integer(v[3]), (String) v[4], (SecretRef) v[5]);
    }

    private GlobalSmartProtectionScope globalSmartProtection() throws IOException {
        Object[] v = record(GLOBAL, this::endpoint, () -> map(this::featureSettings));
        return v == null ? null : new GlobalSmartProtectionScope((ProxyEndpoint) v[0], map(v[1]));
    }

    private FeatureSettings featureSettings() throws IOException {
        Object[] v = record(FEATURE, this::bool, () -> map(this::text));
        return v == null ? null : new FeatureSettings(bool(v[0]), map(v[1]));
    }

    private UserProxyPrivilege userProxyPrivilege() throws IOException {
        Object[] v = record(PRIVILEGE, () -> constant(ApplyMode.class), this::node);
        return v == null ? null : new UserProxyPrivilege((ApplyMode) v[0], (AgentTreeNode) v[1]);
    }

    private AgentTreeNode node() throws IOException {
        Object[] v = record(NODE, this::text, () -> constant(NodeKind.class), () -> constant(Grant.class),
                () -> list(this::node));
        return v == null ? null : new AgentTreeNode((String) v[0], (NodeKind) v[1], (Grant) v[2], list(v[3]));
    }

    private AutomaticProxy automaticProxy() throws IOException {
        Object[] v = record(AUTOMATIC, this::bool, this::text);
        return v == null ? null : new AutomaticProxy(bool(v[0]), (String) v[1]);
    }

    private LocationAwareness locationAwareness() throws IOException {
        Object[] v = record(LOCATION, () -> constant(LocationMode.class), () -> list(this::gateway),
                () -> list(this::hostPort));
        return v == null ? null : new LocationAwareness((LocationMode) v[0], list(v[1]), list(v[2]));
    }

    private Gateway gateway() throws IOException {
        Object[] v = record(GATEWAY, this::text, this::text);
        return v == null ? null : new Gateway((String) v[0], (String) v[1]);
    }

    private SmartProtectionSources smartProtectionSources() throws IOException {
        Object[] v = record(SOURCES, () -> list(this::spsSource), () -> list(this::customList));
        return v == null ? null : new SmartProtectionSources(list(v[0]), list(v[1]));
    }

    private SpsSource spsSource() throws IOException {
        Object[] v = record(SPS, this::text, this::integer, () -> constant(SpsProtocol.class), this::bool);
        return v == null ? null : new SpsSource((String) v[0], integer(v[1]), (SpsProtocol) v[2], bool(v[3]));
    }

    private CustomSourceList customList() throws IOException {
        Object[] v = record(CUSTOM_LIST, this::text, this::ipRange, () -> list(this::spsSource));
        return v == null ? null : new CustomSourceList((String) v[0], (IpRange) v[1], list(v[2]));
    }

    private IpRange ipRange() throws IOException {
        Object[] v = record(RANGE, this::text, this::text);
        return v == null ? null : new IpRange((String) v[0], (String) v[1]);
    }

    private WebReputation webReputation() throws IOException {
        Object[] v = record(WEB_REPUTATION, this::bool);
        return v == null ? null : new WebReputation(bool(v[0]));
    }

    private UpdateSettings updates() throws IOException {
        Object[] v = record(UPDATES, () -> list(this::updateSource), this::bool);
        return v == null ? null : new UpdateSettings(list(v[0]), bool(v[1]));
    }

    private UpdateSource updateSource() throws IOException {
        Object[] v = record(UPDATE_SOURCE, this::text, this::text);
        return v == null ? null : new UpdateSource((String) v[0], (String) v[1]);
    }

    // --- the kinds of values

    /**
     * The members' values of the object the parser is on, by the members' index ({@code null} where absent), or
     * {@code null} for a JSON null. An unknown member is reported once every member of the record has been read
     * (at once when all were already there, else at the end of the object), so that a wrong value in a member that
     * the record knows is reported first, as it always was.
     */
    private Object[] record(Members members, Value<?>... values) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw error("expected an object");
        }
        Object[] result = new Object[values.length];
        boolean[] present = new boolean[values.length];
        int missing = values.length;
        String unknown = null;
        JsonLocation unknownAt = null;
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            int index = members.names().indexOf(name);
            if (index >= 0) {
                path.addLast(name);
                result[index] = values[index].read();
                path.removeLast();
                if (!present[index]) {
                    present[index] = true;
                    if (--missing == 0 && unknown != null) {
                        throw unknown(members, unknown, unknownAt);
                    }
                }
            } else if (name.equals(members.ignored())) {
                p.skipChildren();
            } else if (missing == 0) {
                throw unknown(members, name, p.currentTokenLocation());
            } else {
                if (unknown == null) {
                    unknown = name;
                    unknownAt = p.currentTokenLocation();
                }
                p.skipChildren();
            }
        }
        if (unknown != null) {
            throw unknown(members, unknown, unknownAt);
        }
        return result;
    }

    private PolicyFormatException unknown(Members members, String name, JsonLocation at) {
        path.addLast(name);
        return error("unknown field \"" + name + "\"" + members.known(), at);
    }

    private <T> List<T> list(Value<T> element) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw error("expected a list");
        }
        List<T> result = new ArrayList<>();
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            path.addLast(result.size());
            if (t == JsonToken.VALUE_NULL) {
                throw error("null is not allowed here");
            }
            result.add(element.read());
            path.removeLast();
        }
        return result;
    }

    private <T> Map<String, T> map(Value<T> value) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw error("expected an object");
        }
        Map<String, T> result = new LinkedHashMap<>();
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            path.addLast(key);
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                throw error("null is not allowed here");
            }
            result.put(key, value.read());
            path.removeLast();
        }
        return result;
    }

    private String text() throws IOException {
        return switch (p.currentToken()) {
        case VALUE_STRING -> p.getText();
        case VALUE_NULL -> null;
        default -> throw error("expected a string");
        };
    }

    private Integer integer() throws IOException {
        return switch (p.currentToken()) {
        case VALUE_NUMBER_INT -> {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw outOfRange();
            }
            yield p.getIntValue();
        }
        case VALUE_NULL -> null;
        default -> throw error("expected a whole number");
        };
    }

    private Boolean bool() throws IOException {
        return switch (p.currentToken()) {
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case VALUE_NULL -> null;
        default -> throw error("expected true or false");
        };
    }

    /** An enum constant by its name in any case (written in lower case); surrounding blanks are ignored. */
    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        switch (p.currentToken()) {
        case VALUE_NULL:
            return null;
        case VALUE_STRING:
            String text = p.getText();
            String trimmed = text.trim();
            String name = trimmed.isEmpty() ? text : trimmed;
            for (E c : type.getEnumConstants()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            throw error("\"" + name + "\" is not one of " + constants(type));
        case VALUE_NUMBER_INT:
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw outOfRange();
            }
            throw error("\"" + p.getIntValue() + "\" is not one of " + constants(type));
        default:
            throw error("expected one of " + constants(type));
        }
    }

    /** A secret is only {@code {"ref": "<key>"}}: a string (a plain-text password) is refused without echoing it. */
    private SecretRef secret() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonLocation at = p.currentTokenLocation();
        if (t == JsonToken.VALUE_STRING) {
            throw error(PLAIN_TEXT, at);
        }
        if (t != JsonToken.START_OBJECT) {
            throw error("expected {\"ref\": \"<key>\"}", at);
        }
        String key = null;
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (!"ref".equals(name)) {
                throw error("unknown field \"" + name + "\": a secret is only {\"ref\": \"<key>\"}", at);
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error("\"ref\" must be a string", at);
            }
            key = p.getText();
        }
        if (key == null) {
            throw error("missing \"ref\": expected {\"ref\": \"<key>\"}", at);
        }
        try {
            return new SecretRef(key);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), at);
        }
    }

    // --- absent values, errors

    private static int integer(Object value) {
        return value == null ? 0 : (Integer) value;
    }

    private static boolean bool(Object value) {
        return value != null && (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Object value) {
        return (Map<String, T>) value;
    }

    private static String constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> "\"" + c.name().toLowerCase(Locale.ROOT) + "\"").collect(Collectors.joining(", "));
    }

    private PolicyFormatException outOfRange() throws IOException {
        return error("Numeric value (" + p.getText() + ") out of range of int (" + Integer.MIN_VALUE + " - "
                + Integer.MAX_VALUE + ")");
    }

    /** An error at the value the parser is on. */
    private PolicyFormatException error(String reason) {
        return error(reason, p.currentTokenLocation());
    }

    private PolicyFormatException error(String reason, JsonLocation at) {
        return new PolicyFormatException(JsonParseErrors.dotted(path), JsonParseErrors.line(at),
                JsonParseErrors.column(at), reason);
    }
}
