package io.github.dockertutor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The TCP sockets a container's programs listen on, read from {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} as the kernel writes them: every Linux image has them, so no tool needs to
 * be in the image. A server that listens only on 127.0.0.1 inside its container cannot be reached
 * through a published port, and this is how the check can tell.
 */
final class ListeningSockets {
    /** The kernel's state number for a listening socket. */
    private static final String LISTEN = "0A";

    /** One listening socket: its port, and whether it listens on the loopback address only. */
    record Socket(int port, boolean loopbackOnly) {
    }

    private ListeningSockets() {
    }

    /** The listening sockets in the lines of /proc/net/tcp and /proc/net/tcp6 (their headers skipped). */
    static List<Socket> parse(List<String> lines) {
        List<Socket> sockets = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 4 || !fields[0].endsWith(":") || !fields[3].equals(LISTEN)) {
                continue;
            }
            String[] address = fields[1].split(":");
            if (address.length != 2) {
                continue;
            }
            try {
                int port = Integer.parseInt(address[1], 16);
                sockets.add(new Socket(port, loopback(address[0].toUpperCase(Locale.ROOT))));
            } catch (NumberFormatException e) {
                // not a line of the table
            }
        }
        return sockets;
    }

    /** 127.x.x.x in IPv4 (written little-endian: ...7F), ::1 or ::ffff:127.x.x.x in IPv6. */
    private static boolean loopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F");
    }
}
