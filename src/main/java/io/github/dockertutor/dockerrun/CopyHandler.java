package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerToolCommand;
import io.github.dockertutor.engine.PathStat;
import io.github.dockertutor.tui.HumanUnits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * {@code docker cp}, between a container and the workspace (the tutor reads and writes no other
 * folder of the learner's), with docker's rules: into an existing folder the source keeps its
 * name; to a path that does not exist yet it takes that name; then docker's "Successfully copied".
 */
final class CopyHandler {
    private final ShellContext context;

    CopyHandler(ShellContext context) {
        this.context = context;
    }

    void copy(ContainerToolCommand.Copy copy) {
        try {
            if (copy.toContainer()) {
                copyIn(copy);
            } else {
                copyOut(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyOut(ContainerToolCommand.Copy copy) throws IOException {
        String source = copy.containerPath();
        Optional<PathStat> stat = context.engine().stat(copy.container(), source);
        if (stat.isEmpty()) {
            context.say("docker.cp.noSuchPath", source, copy.container());
            return;
        }
        if (copy.followLink() && !stat.get().linkTarget().isEmpty()) {
            source = stat.get().linkTarget();
            stat = context.engine().stat(copy.container(), source);
            if (stat.isEmpty()) {
                context.say("docker.cp.noSuchPath", source, copy.container());
                return;
            }
        }
        Optional<Path> destination = context.workspace().resolve(copy.hostPath());
        if (destination.isEmpty()) {
            context.say("docker.cp.outsideWorkspace", copy.hostPath(), context.workspace().root());
            return;
        }
        Path target = destination.get();
        boolean wantsFolder = copy.hostPath().endsWith("/") || copy.hostPath().endsWith("\\");
        Path into;
        String rename = null;
        if (Files.isDirectory(target)) {
            into = target;
        } else if (wantsFolder) {
            context.say("docker.cp.noFolder", copy.hostPath());
            return;
        } else if (Files.exists(target) && stat.get().directory()) {
            context.say("docker.cp.folderOnFile", source, copy.hostPath());
            return;
        } else {
            into = target.getParent();
            rename = target.getFileName().toString();
            if (into == null || !Files.isDirectory(into)) {
                context.say("docker.cp.noFolder", String.valueOf(into));
                return;
            }
        }
        long bytes;
        try (InputStream tar = context.engine().copyFrom(copy.container(), source)) {
            bytes = extract(tar, into, rename);
        }
        if (!copy.quiet()) {
            context.out().println("Successfully copied " + HumanUnits.size(bytes) + " to " + target);
            context.out().flush();
        }
    }

    /** Unpacks the engine's tar into a workspace folder; an entry that would land outside it is refused. */
    private long extract(InputStream tar, Path into, String rename) throws IOException {
        long bytes = 0;
        try (TarArchiveInputStream entries = new TarArchiveInputStream(tar)) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                if (rename != null) {
                    int slash = name.indexOf('/');
                    name = slash < 0 || slash == name.length() - 1 ? rename : rename + name.substring(slash);
                }
                Path out = into.resolve(name).normalize();
                if (!out.startsWith(into) || !context.workspace().contains(out)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    bytes += Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
        return bytes;
    }

    private void copyIn(ContainerToolCommand.Copy copy) throws IOException {
        Optional<Path> source = context.workspace().resolve(copy.hostPath());
        if (source.isEmpty()) {
            context.say("docker.cp.outsideWorkspace", copy.hostPath(), context.workspace().root());
            return;
        }
        if (!Files.exists(source.get(), LinkOption.NOFOLLOW_LINKS)) {
            context.say("docker.cp.noSuchHostPath", copy.hostPath());
            return;
        }
        String destination = copy.containerPath();
        Optional<PathStat> stat = context.engine().stat(copy.container(), destination);
        String directory;
        String name;
        if (stat.isPresent() && stat.get().directory()) {
            directory = destination;
            name = source.get().getFileName().toString();
        } else {
            String trimmed = destination.endsWith("/") && destination.length() > 1
                    ? destination.substring(0, destination.length() - 1) : destination;
            int slash = trimmed.lastIndexOf('/');
            directory = slash <= 0 ? "/" : trimmed.substring(0, slash);
            name = trimmed.substring(slash + 1);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        long bytes = pack(source.get(), name, buffer);
        context.engine().copyTo(copy.container(), directory, new ByteArrayInputStream(buffer.toByteArray()),
                copy.archive());
        if (!copy.quiet()) {
            context.out().println("Successfully copied " + HumanUnits.size(bytes) + " to " + copy.container() + ":"
                    + destination);
            context.out().flush();
        }
    }

    /** A tar of the file or folder under the name it gets in the container. */
    private static long pack(Path source, String name, ByteArrayOutputStream buffer) throws IOException {
        long bytes = 0;
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(buffer)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.sorted().toList();
            }
            for (Path file : files) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                String entryName = relative.isEmpty() ? name : name + "/" + relative;
                TarArchiveEntry entry = new TarArchiveEntry(file.toFile(), Files.isDirectory(file) ? entryName + "/"
                        : entryName);
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(file)) {
                    bytes += Files.copy(file, tar);
                }
                tar.closeArchiveEntry();
            }
        }
        return bytes;
    }
}
