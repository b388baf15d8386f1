package io.github.dockertutor.dockerrun;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.tui.ColumnTable;
import io.github.dockertutor.tui.HumanUnits;
import io.github.dockertutor.tui.Screen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker ps} as the docker command prints it: CONTAINER ID, IMAGE, COMMAND (quoted, cut to
 * 20 columns with "…"), CREATED, STATUS, PORTS ("0.0.0.0:1234->8888/tcp"), NAMES. The headers are
 * docker's own words and stay English in every language.
 */
public final class PsTable {
    /** docker ps cuts the command to this many columns before quoting it. */
    static final int COMMAND_COLUMNS = 20;

    private PsTable() {
    }

    public static List<String> lines(List<ContainerSummary> containers, Instant now) {
        return lines(containers, now, false, false);
    }

    /** The table with {@code -s} (a SIZE column) and {@code --no-trunc} (whole ids and commands). */
    public static List<String> lines(List<ContainerSummary> containers, Instant now, boolean size, boolean noTrunc) {
        ColumnTable table = ColumnTable.dockerStyle();
        if (size) {
            table.row("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES", "SIZE");
        } else {
            table.row("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES");
        }
        for (ContainerSummary container : containers) {
            List<String> cells = new ArrayList<>(List.of(noTrunc ? container.id() : DockerIds.shortId(container.id()),
                    image(container.image()), noTrunc ? goQuote(container.command() == null ? "" : container.command())
                            : command(container.command()),
                    container.created() > 0 ? HumanUnits.ago(container.created(), now) : "N/A",
                    container.status() == null ? "" : container.status(), ports(container.ports()), container.name()));
            if (size) {
                cells.add(container.sizeRw() < 0 ? "0B" : HumanUnits.size(container.sizeRw()) + " (virtual "
                        + HumanUnits.size(container.sizeRootFs()) + ")");
            }
            table.row(cells);
        }
        return table.lines();
    }

    /** {@code docker ps -q}: the short ids. */
    public static List<String> quiet(List<ContainerSummary> containers) {
        List<String> ids = new ArrayList<>();
        for (ContainerSummary container : containers) {
            ids.add(DockerIds.shortId(container.id()));
        }
        return ids;
    }

    public static void print(Screen screen, List<ContainerSummary> containers, Instant now, boolean quiet) {
        for (String line : quiet ? quiet(containers) : lines(containers, now)) {
            screen.println(line);
        }
        screen.flush();
    }

    static String image(String image) {
        if (image == null || image.isEmpty()) {
            return "<no image>";
        }
        return image.startsWith("sha256:") ? DockerIds.shortId(image) : image;
    }

    /** The command cut like docker's Ellipsis (20 columns, "…") and quoted like Go's strconv.Quote. */
    static String command(String command) {
        return goQuote(Columns.ellipsize(command == null ? "" : command, COMMAND_COLUMNS));
    }

    static String goQuote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                        out.append(cp > 0xffff ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return out.append('"').toString();
    }

    /**
     * docker's DisplayablePorts: sorted by container port; a port published on the same number is
     * grouped into ranges ("0.0.0.0:8000-8001->8000-8001/tcp"), others written one by one after them.
     */
    static String ports(List<PortMapping> ports) {
        List<PortMapping> sorted = new ArrayList<>(ports);
        sorted.sort(Comparator.comparingInt(PortMapping::containerPort)
                .thenComparing(PortMapping::hostIp, PsTable::compareIps)
                .thenComparingInt(PortMapping::hostPort)
                .thenComparing(PortMapping::protocol));
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        List<String> hostMappings = new ArrayList<>();
        for (PortMapping port : sorted) {
            int current = port.containerPort();
            String key = port.protocol();
            if (!port.hostIp().isEmpty() || port.hostPort() != 0) {
                if (port.hostPort() != current || port.hostIp().isEmpty()) {
                    String host = port.hostIp().isEmpty() ? String.valueOf(port.hostPort())
                            : joinHostPort(port.hostIp(), String.valueOf(port.hostPort()));
                    hostMappings.add(host + "->" + current + "/" + port.protocol());
                    continue;
                }
                key = port.hostIp() + "/" + port.protocol();
            }
            int[] group = groups.get(key);
            if (group == null) {
                groups.put(key, new int[] {current, current});
            } else if (current == group[1] + 1) {
                group[1] = current;
            } else {
                result.add(formGroup(key, group));
                groups.put(key, new int[] {current, current});
            }
        }
        groups.forEach((key, group) -> result.add(formGroup(key, group)));
        result.addAll(hostMappings);
        return String.join(", ", result);
    }

    private static String formGroup(String key, int[] group) {
        int slash = key.lastIndexOf('/');
        String ip = slash >= 0 ? key.substring(0, slash) : "";
        String type = slash >= 0 ? key.substring(slash + 1) : key;
        String range = group[0] == group[1] ? String.valueOf(group[0]) : group[0] + "-" + group[1];
        if (!ip.isEmpty()) {
            range = joinHostPort(ip, range) + "->" + range;
        }
        return range + "/" + type;
    }

    /** Go's net.JoinHostPort: an IPv6 address goes in brackets. */
    private static String joinHostPort(String host, String port) {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }

    /** IPv4 before IPv6, as Go's netip orders them; then by text. */
    private static int compareIps(String a, String b) {
        boolean a6 = a.contains(":");
        boolean b6 = b.contains(":");
        return a6 != b6 ? (a6 ? 1 : -1) : a.compareTo(b);
    }
}
