package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerToolCommand;
import io.github.dockertutor.engine.CommitSpec;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ProcessTable;
import io.github.dockertutor.tui.ColumnTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** kill, rename, port, top, wait, pause, unpause, diff and commit, each printing what docker prints. */
final class ContainerToolHandler {

    void handle(ContainerToolCommand command, ShellContext context) {
        if (command instanceof ContainerToolCommand.Kill kill) {
            LifecycleHandler.each(kill.containers(), name -> context.engine().kill(name, kill.signal()), context);
        } else if (command instanceof ContainerToolCommand.Rename rename) {
            context.engine().rename(rename.container(), rename.newName());
        } else if (command instanceof ContainerToolCommand.Port port) {
            port(port, context);
        } else if (command instanceof ContainerToolCommand.Top top) {
            top(top, context);
        } else if (command instanceof ContainerToolCommand.Wait wait) {
            for (String name : wait.containers()) {
                try {
                    int code = context.interrupts().run(cancellation -> context.engine().waitFor(name, cancellation));
                    context.out().println(code);
                    context.out().flush();
                } catch (EngineException e) {
                    if (e.fault() == EngineException.Fault.CANCELLED || e.fault() == EngineException.Fault.ENGINE_GONE) {
                        throw e;
                    }
                    EngineFaults.report(e, context);
                }
            }
        } else if (command instanceof ContainerToolCommand.Pause pause) {
            LifecycleHandler.each(pause.containers(), name -> context.engine().pause(name, pause.pause()), context);
        } else if (command instanceof ContainerToolCommand.Diff diff) {
            for (String line : context.engine().changes(diff.container())) {
                context.screen().println(line);
            }
            context.screen().flush();
        } else if (command instanceof ContainerToolCommand.Commit commit) {
            String repository = commit.image().map(image -> image.normalize().familiarRepository()).orElse(null);
            String tag = commit.image().map(image -> image.normalize().tagOrLatest()).orElse(null);
            String id = context.engine().commit(new CommitSpec(commit.container(), java.util.Optional.ofNullable(repository),
                    java.util.Optional.ofNullable(tag), commit.author(), commit.message(), commit.changes(),
                    commit.pause(), context.creationLabels()));
            context.out().println(id);
            context.out().flush();
        } else if (command instanceof ContainerToolCommand.Stats stats) {
            new StatsView(context).show(stats);
        } else if (command instanceof ContainerToolCommand.Copy copy) {
            new CopyHandler(context).copy(copy);
        }
    }

    /** {@code docker port NAME [PORT]}: each published port as {@code 80/tcp -> 0.0.0.0:32768}, by port number. */
    private static void port(ContainerToolCommand.Port port, ShellContext context) {
        JsonNode ports = Inspected.container(port.container(), context).path("NetworkSettings").path("Ports");
        Map<Integer, List<String>> lines = new TreeMap<>();
        String wanted = port.privatePort().map(p -> p.contains("/") ? p : p + "/tcp").orElse(null);
        boolean found = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = ports.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (wanted != null && !entry.getKey().equals(wanted)) {
                continue;
            }
            for (JsonNode binding : entry.getValue()) {
                found = true;
                String hostIp = binding.path("HostIp").asText();
                String address = (hostIp.contains(":") ? "[" + hostIp + "]" : hostIp) + ":"
                        + binding.path("HostPort").asText();
                int number = Integer.parseInt(entry.getKey().split("/")[0]);
                lines.computeIfAbsent(number, key -> new ArrayList<>())
                        .add(wanted != null ? address : entry.getKey() + " -> " + address);
            }
        }
        if (wanted != null && !found) {
            context.say("docker.port.none", wanted, port.container());
            return;
        }
        lines.values().forEach(list -> list.forEach(context.screen()::println));
        context.screen().flush();
    }

    /** docker top lines the columns up as its tabwriter does: at least 20 wide, 3 spaces apart. */
    private static void top(ContainerToolCommand.Top top, ShellContext context) {
        ProcessTable table = context.engine().top(top.container(), top.psOptions());
        ColumnTable columns = new ColumnTable(3, 20).row(table.titles());
        table.processes().forEach(columns::row);
        columns.printTo(context.screen());
    }
}
