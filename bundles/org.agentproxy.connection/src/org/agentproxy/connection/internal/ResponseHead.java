package org.agentproxy.connection.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status line and headers of a proxy's answer to {@code CONNECT}, read byte by byte up to the empty line
 * (nothing after it is read: on success, that is the tunnel).
 *
 * @param statusLine the first line, e.g. {@code HTTP/1.1 200 Connection established}
 * @param status     the status code
 * @param reason     the reason phrase (may be empty)
 * @param headers    header values by lower-case name, in order
 */
record ResponseHead(String statusLine, int status, String reason, Map<String, List<String>> headers) {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern STATUS = Pattern.compile("HTTP/\\d(?:\\.\\d)? (\\d{3})(?: (.*))?");

    static ResponseHead read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(lines.isEmpty() && line.size() == 0
                        ? Messages.ResponseHead_closedWithoutAnswer
                        : Messages.ResponseHead_closedInTheMiddle);
            }
            if (++total > MAX_BYTES) {
                throw new ProtocolException(Messages.bind(Messages.ResponseHead_headerTooLong, MAX_BYTES));
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty() && !lines.isEmpty()) {
                    return parse(lines);
                }
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            } else {
                line.write(b);
            }
        }
    }

    private static ResponseHead parse(List<String> lines) throws ProtocolException {
        Matcher m = STATUS.matcher(lines.get(0));
        if (!m.matches()) {
            throw new ProtocolException(Messages.bind(Messages.ResponseHead_notHttp, printable(lines.get(0))));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h : lines.subList(1, lines.size())) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).strip());
            }
        }
        String reason = m.group(2) == null ? "" : m.group(2).strip();
        return new ResponseHead(lines.get(0), Integer.parseInt(m.group(1)), reason, headers);
    }

    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
