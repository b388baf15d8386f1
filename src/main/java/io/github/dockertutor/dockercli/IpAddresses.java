package io.github.dockertutor.dockercli;

/** Literal IP address checks, by hand: InetAddress would try DNS on anything that is not a literal. */
final class IpAddresses {
    private IpAddresses() {
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        if (text.isEmpty() || text.length() > 45 || text.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String body = text;
        int groupsAllowed = 8;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.') >= 0) {
            // an embedded IPv4 tail, as in ::ffff:127.0.0.1, takes the room of two groups
            if (!isIpv4(text.substring(lastColon + 1))) {
                return false;
            }
            body = text.substring(0, lastColon + 1) + "0";
            groupsAllowed = 7;
        }
        if (body.equals("::")) {
            return true;
        }
        String trimmed = body;
        if (trimmed.startsWith("::")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("::")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] groups = trimmed.split(":", -1);
        int count = 0;
        for (String group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            if (group.length() > 4 || !group.chars().allMatch(IpAddresses::isHexDigit)) {
                return false;
            }
            count++;
        }
        int empties = groups.length - count;
        if (doubleColon < 0) {
            return empties == 0 && count == groupsAllowed;
        }
        return empties == 1 && count < groupsAllowed;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
