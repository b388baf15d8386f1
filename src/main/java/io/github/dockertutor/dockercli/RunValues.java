package io.github.dockertutor.dockercli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The small values of run's host settings, each checked as the docker CLI checks it before any
 * request, so a mistake reads in the learner's language: {@code --cpus}, {@code --add-host},
 * {@code --tmpfs}, {@code --link}, {@code --pull}, {@code --expose}, {@code --cap-add},
 * {@code --device}, signals.
 */
final class RunValues {
    private static final Pattern HOST_NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9])?");
    private static final Pattern CAPABILITY = Pattern.compile("[A-Za-z][A-Za-z_]*");
    private static final Pattern SIGNAL = Pattern.compile("(SIG)?[A-Z][A-Z0-9+-]*|\\d{1,2}");

    private RunValues() {
    }

    /** {@code --cpus 0.5}: the engine takes billionths of a CPU. */
    static Object cpus(String text) throws ParseException {
        BigDecimal nano;
        try {
            nano = new BigDecimal(text.trim()).movePointRight(9);
        } catch (NumberFormatException e) {
            throw ParseException.of("parse.value.cpus", text);
        }
        if (nano.signum() < 0 || nano.stripTrailingZeros().scale() > 0) {
            throw ParseException.of("parse.value.cpus", text);
        }
        return nano.longValueExact();
    }

    /** {@code --add-host name:ip} or {@code name=ip}; the engine wants {@code name:ip}. */
    static Object extraHost(String text) throws ParseException {
        int equals = text.indexOf('=');
        int colon = text.indexOf(':');
        int split = equals >= 0 ? equals : colon;
        if (split <= 0 || split == text.length() - 1) {
            throw ParseException.of("parse.addHost.format", text);
        }
        String host = text.substring(0, split);
        String ip = text.substring(split + 1);
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.equals("host-gateway") && !IpAddresses.isIpv4(ip) && !IpAddresses.isIpv6(ip)) {
            throw ParseException.of("parse.addHost.ip", ip);
        }
        return host + ":" + ip;
    }

    /** {@code --tmpfs /run[:size=64m,...]}: kept as typed; the path must be absolute. */
    static Object tmpfs(String text) throws ParseException {
        String path = text.split(":", 2)[0];
        if (!path.startsWith("/")) {
            throw ParseException.of("parse.volume.relativeTarget", path);
        }
        return text;
    }

    /** {@code --link name[:alias]}: the engine wants {@code name:alias}. */
    static Object link(String text) throws ParseException {
        String[] parts = text.split(":", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw ParseException.of("parse.link.format", text);
        }
        String name = ContainerName.validate(parts[0]);
        return name + ":" + (parts.length == 2 ? parts[1] : name);
    }

    /** {@code --pull always|missing|never}. */
    static Object pullPolicy(String text) throws ParseException {
        String policy = text.toLowerCase(Locale.ROOT);
        if (!policy.equals("always") && !policy.equals("missing") && !policy.equals("never")) {
            throw ParseException.of("parse.pull.policy", text);
        }
        return policy;
    }

    /** {@code --expose 80}, {@code 8000-8010/udp}. */
    static Object expose(String text) throws ParseException {
        PortMapping parsed = PortMapping.parse(text);
        if (parsed.hostIp().isPresent() || parsed.hostPorts().isPresent()) {
            throw ParseException.of("parse.expose.format", text);
        }
        return parsed;
    }

    /** {@code --cap-add NET_ADMIN}, {@code cap_sys_admin}: upper case, without the CAP_ the kernel puts before it. */
    static Object capability(String text) throws ParseException {
        if (!CAPABILITY.matcher(text).matches()) {
            throw ParseException.of("parse.capability", text);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }

    /** {@code --device /dev/fuse[:/dev/fuse[:rwm]]}. */
    static Object device(String text) throws ParseException {
        String[] parts = text.split(":", -1);
        if (parts.length > 3 || !parts[0].startsWith("/") || (parts.length > 1 && !parts[1].startsWith("/")
                && !(parts.length == 2 && parts[1].matches("[rwm]{1,3}")))) {
            throw ParseException.of("parse.device.format", text);
        }
        return text;
    }

    /** {@code --hostname}: one DNS name. */
    static Object hostname(String text) throws ParseException {
        if (!text.isEmpty() && (text.length() > 253 || !HOST_NAME.matcher(text).matches())) {
            throw ParseException.of("parse.hostname", text);
        }
        return text;
    }

    /** {@code -s SIGHUP}, {@code HUP}, {@code 9}; upper case, as the engine names them. */
    static Object signal(String text) throws ParseException {
        String upper = text.toUpperCase(Locale.ROOT);
        if (!SIGNAL.matcher(upper).matches()) {
            throw ParseException.of("parse.signal", text);
        }
        return upper;
    }
}
