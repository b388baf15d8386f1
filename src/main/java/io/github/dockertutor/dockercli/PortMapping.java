package io.github.dockertutor.dockercli;

import java.util.Locale;
import java.util.Optional;

/**
 * One {@code -p} value, {@code [IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]}, where either port may be a
 * range ({@code 8000-8010}). A host range with a single container port lets the engine pick one.
 *
 * @param hostIp         the host address to bind, without IPv6 brackets; empty means every address
 * @param hostPorts      the host port or range; empty when the engine should choose
 * @param containerPorts the container port or range
 * @param protocol       {@code tcp}, {@code udp} or {@code sctp}
 */
public record PortMapping(Optional<String> hostIp, Optional<PortRange> hostPorts, PortRange containerPorts,
                          String protocol) {

    /** An inclusive port range; a single port has start == end. */
    public record PortRange(int start, int end) {
        public boolean isSingle() {
            return start == end;
        }

        public int size() {
            return end - start + 1;
        }

        @Override
        public String toString() {
            return isSingle() ? Integer.toString(start) : start + "-" + end;
        }
    }

    public static PortMapping parse(String spec) throws ParseException {
        if (spec.isEmpty()) {
            throw ParseException.of("parse.port.empty");
        }
        String rest = spec;
        String protocol = "tcp";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
            rest = rest.substring(0, slash);
            if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
                throw ParseException.of("parse.port.protocol", spec.substring(slash + 1));
            }
        }
        String ip = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf("]:");
            if (close < 0) {
                throw ParseException.of("parse.port.format", spec);
            }
            ip = rest.substring(1, close);
            rest = rest.substring(close + 2);
            if (!IpAddresses.isIpv6(ip)) {
                throw ParseException.of("parse.port.ip", ip);
            }
        }
        String[] parts = rest.split(":", -1);
        String hostPart = null;
        String containerPart;
        if (ip != null) {
            if (parts.length > 2) {
                throw ParseException.of("parse.port.format", spec);
            }
            hostPart = parts.length == 2 ? parts[0] : null;
            containerPart = parts[parts.length - 1];
        } else if (parts.length == 1) {
            containerPart = parts[0];
        } else if (parts.length == 2) {
            hostPart = parts[0];
            containerPart = parts[1];
        } else {
            // as docker does: everything before the last two parts is the address (a bare IPv6 one has colons)
            ip = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
            hostPart = parts[parts.length - 2];
            containerPart = parts[parts.length - 1];
            if (!IpAddresses.isIpv4(ip) && !IpAddresses.isIpv6(ip)) {
                throw ParseException.of("parse.port.ip", ip);
            }
        }
        PortRange container = range(containerPart, "parse.port.container");
        PortRange host = hostPart == null || hostPart.isEmpty() ? null : range(hostPart, "parse.port.host");
        if (host != null && !container.isSingle() && host.size() != container.size()) {
            throw ParseException.of("parse.port.rangeMismatch", host, container);
        }
        return new PortMapping(Optional.ofNullable(ip), Optional.ofNullable(host), container, protocol);
    }

    private static PortRange range(String text, String errorKey) throws ParseException {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int port = port(text, text, errorKey);
            return new PortRange(port, port);
        }
        int start = port(text.substring(0, dash), text, errorKey);
        int end = port(text.substring(dash + 1), text, errorKey);
        if (end < start) {
            throw ParseException.of("parse.port.backwardsRange", text);
        }
        return new PortRange(start, end);
    }

    private static int port(String text, String whole, String errorKey) throws ParseException {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ParseException.of(errorKey, text.isEmpty() ? whole : text);
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw ParseException.of(errorKey, text);
        }
        return port;
    }

    @Override
    public String toString() {
        String ip = hostIp.map(a -> a.contains(":") ? "[" + a + "]:" : a + ":").orElse("");
        String host = hostPorts.map(p -> p + ":").orElse(ip.isEmpty() ? "" : ":");
        return ip + host + containerPorts + "/" + protocol;
    }
}
