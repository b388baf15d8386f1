package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.Label;
import io.github.dockertutor.dockercli.ListFilter;
import io.github.dockertutor.dockercli.ObjectCommand;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.NetworkSpec;
import io.github.dockertutor.engine.NetworkSummary;
import io.github.dockertutor.engine.VolumeSummary;
import io.github.dockertutor.tui.ColumnTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker network …} and {@code docker volume …}: what they make carries the tutor's labels
 * (so {@code cleanup} finds it), listings look like docker's, and removal goes name by name.
 */
final class ObjectHandler {

    void handle(ObjectCommand command, ShellContext context) {
        if (command instanceof ObjectCommand.NetworkCreate create) {
            String id = context.engine().createNetwork(new NetworkSpec(create.name(), create.driver(), create.subnets(),
                    create.gateways(), create.ipRanges(), create.internal(), create.attachable(), create.ipv6(),
                    labels(create.labels(), context), create.options()));
            context.out().println(id);
        } else if (command instanceof ObjectCommand.NetworkList list) {
            networks(list, context);
        } else if (command instanceof ObjectCommand.NetworkRemove remove) {
            for (String name : remove.networks()) {
                try {
                    context.engine().removeNetwork(name);
                    context.out().println(name);
                } catch (EngineException e) {
                    // -f: a network that is not there is no error
                    if (!(remove.force() && e.fault() == EngineException.Fault.NOT_FOUND)) {
                        EngineFaults.report(e, context);
                    }
                }
            }
        } else if (command instanceof ObjectCommand.NetworkConnect connect) {
            context.engine().connect(connect.network(), connect.container(), connect.aliases(), connect.ip());
        } else if (command instanceof ObjectCommand.NetworkDisconnect disconnect) {
            context.engine().disconnect(disconnect.network(), disconnect.container(), disconnect.force());
        } else if (command instanceof ObjectCommand.VolumeCreate create) {
            context.out().println(context.engine().createVolume(create.name(), create.driver(),
                    labels(create.labels(), context), create.options()));
        } else if (command instanceof ObjectCommand.VolumeList list) {
            volumes(list, context);
        } else if (command instanceof ObjectCommand.VolumeRemove remove) {
            for (String name : remove.volumes()) {
                try {
                    context.engine().removeVolume(name, remove.force());
                    context.out().println(name);
                } catch (EngineException e) {
                    EngineFaults.report(e, context);
                }
            }
        }
        context.out().flush();
    }

    private static void networks(ObjectCommand.NetworkList list, ShellContext context) {
        List<NetworkSummary> networks = context.engine().networks(ListFilter.asMap(list.filters()));
        if (list.quiet()) {
            networks.forEach(network -> context.screen().println(list.noTrunc() ? network.id()
                    : io.github.dockertutor.engine.DockerIds.shortId(network.id())));
            context.screen().flush();
            return;
        }
        List<Map<String, Object>> rows = networks.stream().map(n -> ListingRows.network(n, list.noTrunc())).toList();
        FormatView.print(list.format(), rows, ListingRows.NETWORK_HEADERS, () -> {
            ColumnTable table = ColumnTable.dockerStyle().row("NETWORK ID", "NAME", "DRIVER", "SCOPE");
            rows.forEach(row -> table.row(String.valueOf(row.get("ID")), String.valueOf(row.get("Name")),
                    String.valueOf(row.get("Driver")), String.valueOf(row.get("Scope"))));
            return table.lines();
        }, context);
    }

    private static void volumes(ObjectCommand.VolumeList list, ShellContext context) {
        List<VolumeSummary> volumes = context.engine().volumes(ListFilter.asMap(list.filters()));
        if (list.quiet()) {
            volumes.forEach(volume -> context.screen().println(volume.name()));
            context.screen().flush();
            return;
        }
        List<Map<String, Object>> rows = volumes.stream().map(ListingRows::volume).toList();
        FormatView.print(list.format(), rows, ListingRows.VOLUME_HEADERS, () -> {
            ColumnTable table = new ColumnTable(4, 0).row("DRIVER", "VOLUME NAME");
            rows.forEach(row -> table.row(String.valueOf(row.get("Driver")), String.valueOf(row.get("Name"))));
            return table.lines();
        }, context);
    }

    /** The learner's labels, then the tutor's, which mark what cleanup may remove. */
    private static Map<String, String> labels(List<Label> given, ShellContext context) {
        Map<String, String> labels = new LinkedHashMap<>();
        given.forEach(label -> labels.put(label.key(), label.value()));
        labels.putAll(context.creationLabels());
        return labels;
    }
}
