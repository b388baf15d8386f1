package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerToolCommand;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.ContainerQuery;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.gotemplate.TemplateException;
import io.github.dockertutor.tui.HumanUnits;
import io.github.dockertutor.tui.LiveArea;
import io.github.dockertutor.tui.LiveLine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * {@code docker stats}: CPU, memory, network and disk use of each container, worked out from the
 * engine's samples as docker's CLI works them out. With {@code --no-stream} one table; otherwise a
 * new one about every second, redrawn in place on a terminal, until Ctrl-C.
 */
final class StatsView {
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Container", "CONTAINER");
        HEADERS.put("ID", "CONTAINER ID");
        HEADERS.put("Name", "NAME");
        HEADERS.put("CPUPerc", "CPU %");
        HEADERS.put("MemUsage", "MEM USAGE / LIMIT");
        HEADERS.put("MemPerc", "MEM %");
        HEADERS.put("NetIO", "NET I/O");
        HEADERS.put("BlockIO", "BLOCK I/O");
        HEADERS.put("PIDs", "PIDS");
    }

    private final ShellContext context;

    StatsView(ShellContext context) {
        this.context = context;
    }

    void show(ContainerToolCommand.Stats stats) {
        if (stats.noStream()) {
            print(table(stats));
            return;
        }
        context.interrupts().runVoid(cancellation -> stream(stats, cancellation));
    }

    private void stream(ContainerToolCommand.Stats stats, Cancellation cancellation) {
        LiveArea area = context.screen().live() ? context.screen().liveArea() : null;
        try {
            while (!cancellation.isCancelled()) {
                Optional<List<String>> lines = table(stats);
                if (lines.isEmpty() || cancellation.isCancelled()) {
                    return;
                }
                if (area != null) {
                    area.update(lines.get().stream().map(line -> LiveLine.fixed(new AttributedString(line))).toList());
                } else {
                    print(lines);
                }
            }
        } finally {
            if (area != null) {
                area.close();
            }
        }
    }

    private void print(Optional<List<String>> lines) {
        lines.ifPresent(all -> {
            all.forEach(context.screen()::println);
            context.screen().flush();
        });
    }

    /** One table, or empty when the format failed (said). Each sample takes the engine about a second. */
    private Optional<List<String>> table(ContainerToolCommand.Stats stats) {
        List<String> names = stats.containers().isEmpty()
                ? context.engine().containers(new ContainerQuery(stats.all(), false, 0, Map.of())).stream()
                        .map(ContainerSummary::name).toList()
                : stats.containers();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            try {
                rows.add(row(name, Inspected.read(context.engine().stats(name)), stats.noTrunc()));
            } catch (EngineException e) {
                if (e.fault() == EngineException.Fault.ENGINE_GONE) {
                    throw e;
                }
                EngineFaults.report(e, context);
            }
        }
        try {
            return Optional.of(FormatView.lines(stats.format().orElse(
                    io.github.dockertutor.dockercli.OutputFormat.TABLE), rows, HEADERS, () -> defaultTable(rows)));
        } catch (TemplateException e) {
            context.say("docker.format.failed", e.detail());
            return Optional.empty();
        }
    }

    private static List<String> defaultTable(List<Map<String, Object>> rows) {
        io.github.dockertutor.tui.ColumnTable table = io.github.dockertutor.tui.ColumnTable.dockerStyle()
                .row("CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS");
        for (Map<String, Object> row : rows) {
            table.row(String.valueOf(row.get("ID")), String.valueOf(row.get("Name")), String.valueOf(row.get("CPUPerc")),
                    String.valueOf(row.get("MemUsage")), String.valueOf(row.get("MemPerc")),
                    String.valueOf(row.get("NetIO")), String.valueOf(row.get("BlockIO")),
                    String.valueOf(row.get("PIDs")));
        }
        return table.lines();
    }

    /** docker's formulas: CPU from the two samples' deltas, memory without the page cache. */
    static Map<String, Object> row(String asked, JsonNode sample, boolean noTrunc) {
        JsonNode cpu = sample.path("cpu_stats");
        JsonNode previous = sample.path("precpu_stats");
        double cpuDelta = cpu.path("cpu_usage").path("total_usage").asDouble()
                - previous.path("cpu_usage").path("total_usage").asDouble();
        double systemDelta = cpu.path("system_cpu_usage").asDouble() - previous.path("system_cpu_usage").asDouble();
        int online = cpu.path("online_cpus").asInt(cpu.path("cpu_usage").path("percpu_usage").size());
        double cpuPercent = systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * Math.max(online, 1) * 100 : 0;
        JsonNode memory = sample.path("memory_stats");
        long usage = memory.path("usage").asLong();
        JsonNode detail = memory.path("stats");
        long cache = detail.has("total_inactive_file") ? detail.path("total_inactive_file").asLong()
                : detail.path("inactive_file").asLong();
        long used = cache < usage ? usage - cache : usage;
        long limit = memory.path("limit").asLong();
        long rx = 0;
        long tx = 0;
        for (JsonNode network : sample.path("networks")) {
            rx += network.path("rx_bytes").asLong();
            tx += network.path("tx_bytes").asLong();
        }
        long read = 0;
        long write = 0;
        for (Iterator<JsonNode> it = sample.path("blkio_stats").path("io_service_bytes_recursive").elements();
                it.hasNext(); ) {
            JsonNode entry = it.next();
            String op = entry.path("op").asText().toLowerCase(java.util.Locale.ROOT);
            if (op.equals("read")) {
                read += entry.path("value").asLong();
            } else if (op.equals("write")) {
                write += entry.path("value").asLong();
            }
        }
        String id = sample.path("id").asText();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Container", asked);
        row.put("ID", noTrunc ? id : DockerIds.shortId(id));
        row.put("Name", sample.path("name").asText().replaceFirst("^/", ""));
        row.put("CPUPerc", String.format(java.util.Locale.ROOT, "%.2f%%", cpuPercent));
        row.put("MemUsage", HumanUnits.binarySize(used) + " / " + HumanUnits.binarySize(limit));
        row.put("MemPerc", String.format(java.util.Locale.ROOT, "%.2f%%", limit > 0 ? used * 100.0 / limit : 0));
        row.put("NetIO", HumanUnits.size(rx) + " / " + HumanUnits.size(tx));
        row.put("BlockIO", HumanUnits.size(read) + " / " + HumanUnits.size(write));
        row.put("PIDs", sample.path("pids_stats").path("current").asText("0"));
        return row;
    }
}
