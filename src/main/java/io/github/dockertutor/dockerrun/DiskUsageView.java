package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.SystemDfCommand;
import io.github.dockertutor.tui.ColumnTable;
import io.github.dockertutor.tui.HumanUnits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker system df}: images, containers, local volumes and the build cache, each with how
 * many there are, how many are in use, their size and what a prune could free, reckoned as
 * docker's CLI reckons it from the engine's answer.
 */
final class DiskUsageView {
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Type", "TYPE");
        HEADERS.put("TotalCount", "TOTAL");
        HEADERS.put("Active", "ACTIVE");
        HEADERS.put("Size", "SIZE");
        HEADERS.put("Reclaimable", "RECLAIMABLE");
    }

    private DiskUsageView() {
    }

    static void show(SystemDfCommand command, ShellContext context) {
        JsonNode usage = Inspected.read(context.engine().diskUsage());
        List<Map<String, Object>> rows = rows(usage);
        FormatView.print(command.format(), rows, HEADERS, () -> {
            ColumnTable table = ColumnTable.dockerStyle().row("TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE");
            rows.forEach(row -> table.row(String.valueOf(row.get("Type")), String.valueOf(row.get("TotalCount")),
                    String.valueOf(row.get("Active")), String.valueOf(row.get("Size")),
                    String.valueOf(row.get("Reclaimable"))));
            return table.lines();
        }, context);
    }

    static List<Map<String, Object>> rows(JsonNode usage) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long imagesTotal = usage.path("LayersSize").asLong();
        long imagesUsed = 0;
        int imagesActive = 0;
        for (JsonNode image : usage.path("Images")) {
            if (image.path("Containers").asInt() > 0) {
                imagesActive++;
                long size = image.path("Size").asLong(-1);
                long shared = image.path("SharedSize").asLong(-1);
                if (size >= 0 && shared >= 0) {
                    imagesUsed += size - shared;
                }
            }
        }
        rows.add(row("Images", usage.path("Images").size(), imagesActive, imagesTotal, imagesTotal - imagesUsed, true));
        long containersSize = 0;
        long containersFree = 0;
        int running = 0;
        for (JsonNode container : usage.path("Containers")) {
            long size = Math.max(0, container.path("SizeRw").asLong());
            containersSize += size;
            if ("running".equals(container.path("State").asText())) {
                running++;
            } else {
                containersFree += size;
            }
        }
        rows.add(row("Containers", usage.path("Containers").size(), running, containersSize, containersFree, true));
        long volumesSize = 0;
        long volumesFree = 0;
        int volumesActive = 0;
        for (JsonNode volume : usage.path("Volumes")) {
            long size = volume.path("UsageData").path("Size").asLong(-1);
            boolean used = volume.path("UsageData").path("RefCount").asLong() > 0;
            volumesActive += used ? 1 : 0;
            if (size > 0) {
                volumesSize += size;
                volumesFree += used ? 0 : size;
            }
        }
        rows.add(row("Local Volumes", usage.path("Volumes").size(), volumesActive, volumesSize, volumesFree, true));
        long cacheSize = 0;
        long cacheFree = 0;
        int cacheActive = 0;
        for (JsonNode cache : usage.path("BuildCache")) {
            boolean inUse = cache.path("InUse").asBoolean();
            boolean shared = cache.path("Shared").asBoolean();
            cacheActive += inUse ? 1 : 0;
            if (!shared) {
                cacheSize += cache.path("Size").asLong();
                cacheFree += inUse ? 0 : cache.path("Size").asLong();
            }
        }
        rows.add(row("Build Cache", usage.path("BuildCache").size(), cacheActive, cacheSize, cacheFree, false));
        return rows;
    }

    private static Map<String, Object> row(String type, int total, int active, long size, long reclaimable,
            boolean percent) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Type", type);
        row.put("TotalCount", Integer.toString(total));
        row.put("Active", Integer.toString(active));
        row.put("Size", HumanUnits.size((double) size, 4));
        String free = HumanUnits.size((double) reclaimable, 4);
        row.put("Reclaimable", percent && size > 0 ? free + " (" + reclaimable * 100 / size + "%)" : free);
        return row;
    }
}
