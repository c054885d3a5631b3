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

    /** The kinds of values: a leaf, a list, a map, an enum constant, or one of the records. */
    private enum Shape {
        TEXT, INTEGER, BOOL, SECRET, CONSTANT, LIST, MAP, HOST_PORT, INTERNAL, ENDPOINT, EXTERNAL, CREDENTIALS,
        UPDATE_PROXY, GLOBAL, FEATURE, PRIVILEGE, NODE, AUTOMATIC, LOCATION, GATEWAY, SOURCES, SPS, CUSTOM_LIST,
        RANGE, WEB_REPUTATION, UPDATES, UPDATE_SOURCE
    }

    /**
     * What a member holds, read by {@link #read(Kind)}: its shape, and a list's or map's element or a constant's
     * enum. Data and one switch, not a lambda or method reference per member: the JVM spins a hidden class for each
     * of those at its first use (75 for one policy), and the JDK's AOT cache keeps such classes for the JDK's own
     * class loaders only, not for a bundle's (issue 15: a twentieth of a command's start).
     */
    private record Kind(Shape shape, Kind element, Class<? extends Enum<?>> type) {
        static Kind of(Shape shape) {
            return new Kind(shape, null, null);
        }

        static Kind list(Kind element) {
            return new Kind(Shape.LIST, element, null);
        }

        static Kind map(Kind element) {
            return new Kind(Shape.MAP, element, null);
        }

        static Kind constant(Class<? extends Enum<?>> type) {
            return new Kind(Shape.CONSTANT, null, type);
        }
    }

    private static final Kind TEXT = Kind.of(Shape.TEXT);
    private static final Kind INTEGER = Kind.of(Shape.INTEGER);
    private static final Kind BOOL = Kind.of(Shape.BOOL);
    private static final Kind SECRET = Kind.of(Shape.SECRET);
    private static final Kind A_HOST_PORT = Kind.of(Shape.HOST_PORT);
    private static final Kind AN_ENDPOINT = Kind.of(Shape.ENDPOINT);
    private static final Kind A_NODE = Kind.of(Shape.NODE);
    private static final Kind AN_SPS = Kind.of(Shape.SPS);

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
        Object[] v = record(POLICY, TEXT, TEXT, A_HOST_PORT, Kind.of(Shape.INTERNAL), Kind.of(Shape.EXTERNAL),
                Kind.of(Shape.GLOBAL), Kind.of(Shape.PRIVILEGE), Kind.of(Shape.AUTOMATIC), Kind.of(Shape.LOCATION),
                Kind.of(Shape.SOURCES), Kind.of(Shape.WEB_REPUTATION), Kind.of(Shape.UPDATES), Kind.list(TEXT), BOOL);
        return new Policy((String) v[0], (String) v[1], (HostPort) v[2], (InternalAgentsScope) v[3],
                (ExternalAgentsScope) v[4], (GlobalSmartProtectionScope) v[5], (UserProxyPrivilege) v[6],
                (AutomaticProxy) v[7], (LocationAwareness) v[8], (SmartProtectionSources) v[9],
                (WebReputation) v[10], (UpdateSettings) v[11], list(v[12]), bool(v[13]));
    }

    private HostPort hostPort() throws IOException {
        Object[] v = record(HOST_PORT, TEXT, INTEGER);
        return v == null ? null : new HostPort((String) v[0], integer(v[1]));
    }

    private InternalAgentsScope internalAgents() throws IOException {
        Object[] v = record(INTERNAL, AN_ENDPOINT, AN_ENDPOINT);
        return v == null ? null : new InternalAgentsScope((ProxyEndpoint) v[0], (ProxyEndpoint) v[1]);
    }

    private ProxyEndpoint endpoint() throws IOException {
        Object[] v = record(ENDPOINT, BOOL, TEXT, INTEGER, TEXT, SECRET);
        return v == null ? null
                : new ProxyEndpoint(bool(v[0]), (String) v[1], integer(v[2]), (String) v[3], (SecretRef) v[4]);
    }

    private ExternalAgentsScope externalAgents() throws IOException {
        Object[] v = record(EXTERNAL, Kind.of(Shape.CREDENTIALS), Kind.of(Shape.UPDATE_PROXY));
        return v == null ? null : new ExternalAgentsScope((Credentials) v[0], (ServerUpdateProxy) v[1]);
    }

    private Credentials credentials() throws IOException {
        Object[] v = record(CREDENTIALS, TEXT, SECRET);
        return v == null ? null : new Credentials((String) v[0], (SecretRef) v[1]);
    }

    private ServerUpdateProxy serverUpdateProxy() throws IOException {
        Object[] v = record(UPDATE_PROXY, BOOL, Kind.constant(ProxyProtocol.class), TEXT, INTEGER, TEXT,
                SECRET);
        return v == null ? null : new ServerUpdateProxy(bool(v[0]), (ProxyProtocol) v[1], (String) v[2],
                integer(v[3]), (String) v[4], (SecretRef) v[5]);
    }

    private GlobalSmartProtectionScope globalSmartProtection() throws IOException {
        Object[] v = record(GLOBAL, AN_ENDPOINT, Kind.map(Kind.of(Shape.FEATURE)));
        return v == null ? null : new GlobalSmartProtectionScope((ProxyEndpoint) v[0], map(v[1]));
    }

    private FeatureSettings featureSettings() throws IOException {
        Object[] v = record(FEATURE, BOOL, Kind.map(TEXT));
        return v == null ? null : new FeatureSettings(bool(v[0]), map(v[1]));
    }

    private UserProxyPrivilege userProxyPrivilege() throws IOException {
        Object[] v = record(PRIVILEGE, Kind.constant(ApplyMode.class), A_NODE);
        return v == null ? null : new UserProxyPrivilege((ApplyMode) v[0], (AgentTreeNode) v[1]);
    }

    private AgentTreeNode node() throws IOException {
        Object[] v = record(NODE, TEXT, Kind.constant(NodeKind.class), Kind.constant(Grant.class),
                Kind.list(A_NODE));
        return v == null ? null : new AgentTreeNode((String) v[0], (NodeKind) v[1], (Grant) v[2], list(v[3]));
    }

    private AutomaticProxy automaticProxy() throws IOException {
        Object[] v = record(AUTOMATIC, BOOL, TEXT);
        return v == null ? null : new AutomaticProxy(bool(v[0]), (String) v[1]);
    }

    private LocationAwareness locationAwareness() throws IOException {
        Object[] v = record(LOCATION, Kind.constant(LocationMode.class), Kind.list(Kind.of(Shape.GATEWAY)),
                Kind.list(A_HOST_PORT));
        return v == null ? null : new LocationAwareness((LocationMode) v[0], list(v[1]), list(v[2]));
    }

    private Gateway gateway() throws IOException {
        Object[] v = record(GATEWAY, TEXT, TEXT);
        return v == null ? null : new Gateway((String) v[0], (String) v[1]);
    }

    private SmartProtectionSources smartProtectionSources() throws IOException {
        Object[] v = record(SOURCES, Kind.list(AN_SPS), Kind.list(Kind.of(Shape.CUSTOM_LIST)));
        return v == null ? null : new SmartProtectionSources(list(v[0]), list(v[1]));
    }

    private SpsSource spsSource() throws IOException {
        Object[] v = record(SPS, TEXT, INTEGER, Kind.constant(SpsProtocol.class), BOOL);
        return v == null ? null : new SpsSource((String) v[0], integer(v[1]), (SpsProtocol) v[2], bool(v[3]));
    }

    private CustomSourceList customList() throws IOException {
        Object[] v = record(CUSTOM_LIST, TEXT, Kind.of(Shape.RANGE), Kind.list(AN_SPS));
        return v == null ? null : new CustomSourceList((String) v[0], (IpRange) v[1], list(v[2]));
    }

    private IpRange ipRange() throws IOException {
        Object[] v = record(RANGE, TEXT, TEXT);
        return v == null ? null : new IpRange((String) v[0], (String) v[1]);
    }

    private WebReputation webReputation() throws IOException {
        Object[] v = record(WEB_REPUTATION, BOOL);
        return v == null ? null : new WebReputation(bool(v[0]));
    }

    private UpdateSettings updates() throws IOException {
        Object[] v = record(UPDATES, Kind.list(Kind.of(Shape.UPDATE_SOURCE)), BOOL);
        return v == null ? null : new UpdateSettings(list(v[0]), bool(v[1]));
    }

    private UpdateSource updateSource() throws IOException {
        Object[] v = record(UPDATE_SOURCE, TEXT, TEXT);
        return v == null ? null : new UpdateSource((String) v[0], (String) v[1]);
    }

    // --- the kinds of values

    /** Reads the value the parser is on ({@code null} for an absent value's default). */
    private Object read(Kind kind) throws IOException {
        return switch (kind.shape()) {
        case TEXT -> text();
        case INTEGER -> integer();
        case BOOL -> bool();
        case SECRET -> secret();
        case CONSTANT -> constant(kind.type());
        case LIST -> list(kind.element());
        case MAP -> map(kind.element());
        case HOST_PORT -> hostPort();
        case INTERNAL -> internalAgents();
        case ENDPOINT -> endpoint();
        case EXTERNAL -> externalAgents();
        case CREDENTIALS -> credentials();
        case UPDATE_PROXY -> serverUpdateProxy();
        case GLOBAL -> globalSmartProtection();
        case FEATURE -> featureSettings();
        case PRIVILEGE -> userProxyPrivilege();
        case NODE -> node();
        case AUTOMATIC -> automaticProxy();
        case LOCATION -> locationAwareness();
        case GATEWAY -> gateway();
        case SOURCES -> smartProtectionSources();
        case SPS -> spsSource();
        case CUSTOM_LIST -> customList();
        case RANGE -> ipRange();
        case WEB_REPUTATION -> webReputation();
        case UPDATES -> updates();
        case UPDATE_SOURCE -> updateSource();
        };
    }

    /**
     * The members' values of the object the parser is on, by the members' index ({@code null} where absent), or
     * {@code null} for a JSON null. An unknown member is reported once every member of the record has been read
     * (at once when all were already there, else at the end of the object), so that a wrong value in a member that
     * the record knows is reported first, as it always was.
     */
    private Object[] record(Members members, Kind... values) throws IOException {
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
                result[index] = read(values[index]);
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

    private List<Object> list(Kind element) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw error("expected a list");
        }
        List<Object> result = new ArrayList<>();
        for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            path.addLast(result.size());
            if (t == JsonToken.VALUE_NULL) {
                throw error("null is not allowed here");
            }
            result.add(read(element));
            path.removeLast();
        }
        return result;
    }

    private Map<String, Object> map(Kind value) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw error("expected an object");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            path.addLast(key);
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                throw error("null is not allowed here");
            }
            result.put(key, read(value));
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
    private Enum<?> constant(Class<? extends Enum<?>> type) throws IOException {
        switch (p.currentToken()) {
        case VALUE_NULL:
            return null;
        case VALUE_STRING:
            String text = p.getText();
            String trimmed = text.trim();
            String name = trimmed.isEmpty() ? text : trimmed;
            for (Enum<?> c : type.getEnumConstants()) {
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
