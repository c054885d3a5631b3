package org.agentproxy.server.internal.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/** {@code If-Match} on a group's version (admin writes) and {@code If-None-Match} on an entity tag (agents). */
final class Preconditions {

    private Preconditions() {
    }

    /**
     * The version a write expects to be current: {@code If-Match: "7"}, or 0 for {@code If-Match: "0"} and
     * {@code If-None-Match: *} (no version yet). 428 when neither is given, 400 when malformed.
     */
    static long expectedVersion(Request request) throws ApiException {
        return expected(request, "version");
    }

    /**
     * The secrets revision a {@code PUT …/secrets} expects to be current: {@code If-Match: "3"}, or 0 for
     * {@code If-Match: "0"} and {@code If-None-Match: *} (no values stored yet). 428 when neither is given.
     */
    static long expectedSecretsRevision(Request request) throws ApiException {
        return expected(request, "secrets revision");
    }

    private static long expected(Request request, String what) throws ApiException {
        String ifMatch = request.getHeaders().get(HttpHeader.IF_MATCH);
        if (ifMatch == null) {
            String ifNoneMatch = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
            if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
                return 0;
            }
            throw new ApiException(428, "missing-if-match", "If-Match: required, with the current " + what
                    + " in quotes (\"0\" when the group has none), so that no concurrent change is lost");
        }
        String tag = unquote(ifMatch.strip());
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("bad-if-match", "If-Match",
                "must be one " + what + " in quotes, e.g. \"7\" (\"0\" when the group has none)");
    }

    /** Whether an {@code If-None-Match} header matches an entity tag (weak comparison, lists, {@code *}). */
    static boolean noneMatchHits(String header, String etag) {
        if (header.equals(etag)) {
            return true;
        }
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || unweak(c).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String unweak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String unquote(String tag) {
        String t = unweak(tag);
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
