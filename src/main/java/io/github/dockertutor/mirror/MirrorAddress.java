package io.github.dockertutor.mirror;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * Where the class mirror listens ({@code HOST:PORT}), and the addresses others use to reach it:
 * 0.0.0.0 means every interface, so this machine reaches it on loopback and learners on the
 * machine's own network address.
 *
 * @param host the address to listen on, as given (0.0.0.0, 127.0.0.1, 192.168.1.10…)
 * @param port the port to listen on
 */
public record MirrorAddress(String host, int port) {
    public static final String DEFAULT = "0.0.0.0:5000";

    /** Reads {@code HOST:PORT}; empty when it is not one. */
    public static Optional<MirrorAddress> parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String host = text.substring(0, colon).trim();
        try {
            int port = Integer.parseInt(text.substring(colon + 1).trim());
            if (port < 1 || port > 65535 || host.isEmpty() || !host.matches("[A-Za-z0-9.\\-]+")) {
                return Optional.empty();
            }
            return Optional.of(new MirrorAddress(host, port));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the registry's config names: the address as given. */
    public String listen() {
        return host + ":" + port;
    }

    /** The address this machine itself uses: loopback when the mirror listens everywhere. */
    public String local() {
        return listensEverywhere() ? "127.0.0.1:" + port : listen();
    }

    /**
     * The address to give learners: the machine's first non-loopback IPv4 address when the mirror
     * listens everywhere (a teacher may have to pick another one if the machine has several).
     */
    public String forLearners() {
        if (!listensEverywhere()) {
            return listen();
        }
        return siteAddress().map(a -> a + ":" + port).orElse(local());
    }

    private boolean listensEverywhere() {
        return host.equals("0.0.0.0") || host.equals("::");
    }

    private static Optional<String> siteAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()
                            && !address.isLinkLocalAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to read: the teacher fills in the address
        }
        return Optional.empty();
    }
}
