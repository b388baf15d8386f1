package io.github.dockertutor.check;

import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.ShortList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: dockerfile}: the workspace Dockerfile parses as docker would read it, has every
 * asked instruction, its FROM names the asked image ({@code from: busybox}, no tag, accepts any
 * busybox tag; {@code from: busybox:1.36} asks for that tag), every file it copies is in the build
 * context, and with {@code copies}, {@code cmd} and {@code exposes} its arguments say what later
 * steps rely on.
 */
final class DockerfileCheck implements Check {
    static final CheckKind KIND = CheckKind.of("dockerfile", DockerfileCheck::new,
            CheckField.optional("path", FieldType.WORKSPACE_PATH).orElse("Dockerfile"),
            CheckField.optional("instructions", FieldType.INSTRUCTIONS),
            CheckField.optional("from", FieldType.IMAGE),
            CheckField.optional("copies", FieldType.COPIES),
            CheckField.optional("cmd", FieldType.COMMAND_WORDS),
            CheckField.optional("exposes", FieldType.EXPOSED_PORT),
            CheckField.optional("entrypoint", FieldType.COMMAND_WORDS),
            CheckField.optional("workdir", FieldType.CONTAINER_PATH));
    private final String path;
    private final List<String> instructions;
    private final String from;
    private final List<String> copies;
    private final List<String> cmd;
    private final String exposes;
    private final List<String> entrypoint;
    private final String workdir;

    DockerfileCheck(CheckSpec spec) {
        this.path = spec.string("path") == null ? "Dockerfile" : spec.string("path");
        this.instructions = spec.strings("instructions");
        this.from = spec.string("from");
        this.copies = spec.strings("copies");
        this.cmd = spec.strings("cmd");
        this.exposes = spec.string("exposes");
        this.entrypoint = spec.strings("entrypoint");
        this.workdir = spec.string("workdir");
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        WorkspaceFile.Resolved file = WorkspaceFile.resolve(context.workspace(), path, "check.dockerfile.missing");
        if (!file.found()) {
            return file.failure();
        }
        Dockerfile dockerfile;
        try {
            dockerfile = DockerfileParser.parse(WorkspaceFile.read(file.path()));
        } catch (IOException e) {
            return CheckResult.failed("check.file.unreadable", path, String.valueOf(e.getMessage()));
        }
        Path buildContext = file.path().getParent();
        CheckResult result = judge(dockerfile);
        if (result.passed()) {
            result = judgeArguments(new DockerfileArguments(dockerfile, path, buildContext)).orElse(result);
        }
        return dockerfile.crlf() ? result.withNote(Message.of("check.dockerfile.crlf", path)) : result;
    }

    private CheckResult judge(Dockerfile dockerfile) {
        if (!dockerfile.problems().isEmpty()) {
            Dockerfile.Problem problem = dockerfile.problems().get(0);
            return CheckResult.failed("check.dockerfile.problem", path, problem.line(), problem.message());
        }
        if (dockerfile.instructions().isEmpty()) {
            return CheckResult.failed("check.dockerfile.empty", path);
        }
        Optional<DockerfileInstruction> firstStage = dockerfile.instructions().stream()
                .filter(i -> !i.keyword().equals("ARG")).findFirst();
        if (firstStage.isPresent() && !firstStage.get().keyword().equals("FROM")) {
            return CheckResult.failed("check.dockerfile.firstNotFrom", path, firstStage.get().line(),
                    firstStage.get().keyword());
        }
        List<String> missing = new ArrayList<>();
        for (String wanted : instructions) {
            if (dockerfile.first(wanted).isEmpty()) {
                missing.add(wanted);
            }
        }
        if (from != null && dockerfile.first("FROM").isEmpty() && !missing.contains("FROM")) {
            missing.add(0, "FROM");
        }
        if (!missing.isEmpty()) {
            return CheckResult.failed("check.dockerfile.missingInstructions", path, ShortList.of(missing),
                    ShortList.of(present(dockerfile)));
        }
        if (from != null) {
            List<DockerfileInstruction> froms = dockerfile.all("FROM");
            if (froms.stream().noneMatch(this::fromMatches)) {
                DockerfileInstruction first = froms.get(0);
                return CheckResult.failed("check.dockerfile.from", path, first.line(),
                        Dockerfile.fromImage(first).orElse(""), from);
            }
        }
        return CheckResult.passed("check.dockerfile.ok", path, ShortList.of(present(dockerfile)));
    }

    /** What the instructions say: sources that exist, files where they must land, the CMD, the port. */
    private Optional<CheckResult> judgeArguments(DockerfileArguments arguments) {
        Optional<CheckResult> failure = arguments.missingSource();
        if (failure.isEmpty() && !copies.isEmpty()) {
            failure = arguments.copiesTo(copies);
        }
        if (failure.isEmpty() && workdir != null) {
            failure = arguments.workdir(workdir);
        }
        if (failure.isEmpty() && !entrypoint.isEmpty()) {
            failure = arguments.commandHas("ENTRYPOINT", entrypoint);
        }
        if (failure.isEmpty() && !cmd.isEmpty()) {
            failure = arguments.commandHas("CMD", cmd);
        }
        if (failure.isEmpty() && exposes != null) {
            failure = arguments.exposes(exposes);
        }
        return failure;
    }

    private boolean fromMatches(DockerfileInstruction instruction) {
        Optional<ImageReference> wanted = ImageReference.read(from);
        Optional<ImageReference> written = Dockerfile.fromImage(instruction).flatMap(ImageReference::normalized);
        if (wanted.isEmpty() || written.isEmpty()) {
            return false;
        }
        return wanted.get().tag().isPresent() || wanted.get().digest().isPresent()
                ? wanted.get().normalize().equals(written.get())
                : wanted.get().sameRepository(written.get());
    }

    /** "FROM (line 1)", "RUN (line 2)": each kind of instruction once, where it first appears. */
    private static List<Message> present(Dockerfile dockerfile) {
        List<String> seen = new ArrayList<>();
        List<Message> described = new ArrayList<>();
        for (DockerfileInstruction instruction : dockerfile.instructions()) {
            if (!seen.contains(instruction.keyword())) {
                seen.add(instruction.keyword());
                described.add(Message.of("check.dockerfile.at", instruction.keyword(), instruction.line()));
            }
        }
        return described;
    }
}
