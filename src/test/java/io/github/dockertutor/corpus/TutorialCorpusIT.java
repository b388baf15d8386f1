package io.github.dockertutor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.engine.EngineSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of the tutorial corpus (255 real lines from public tutorials, sources in the file),
 * typed into the tutor and into a real terminal (bash and the docker CLI), each side from the same
 * clean slate on the same engine. The effects are compared: containers, images, networks, volumes
 * and workspace files after the line, and whether it succeeded. Every line must do the same, or be
 * refused honestly (the tutor says it does not run it, and changes nothing); none may crash, do
 * something else, or call good docker a typing mistake.
 *
 * <p>By default every third line runs (1, 4, 7, …), a fixed sample of every kind of line that keeps
 * the suite within its time ({@link #SAMPLE}); {@code -Dcorpus.lines=all} runs every line, and
 * {@code -Dcorpus.lines=1-20,35} some lines only. The report, a line a verdict, goes to
 * {@code target/corpus-report.tsv}, and {@code bench/corpus} (every line) prints its counts.
 */
class TutorialCorpusIT {
    /** Seconds before Ctrl-C, on both sides, for a line that does not end (a server in the foreground, logs -f). */
    private static final int PATIENCE = 6;
    /** The suite runs every third line: all 255 take five minutes on two busy cores. */
    private static final int SAMPLE = 3;

    @TempDir
    Path scratch;

    @Test
    void everyLineDoesWhatDockerDoesOrIsRefusedHonestly() throws IOException {
        EngineSession session = RealEngine.session();
        Map<String, String> environment = Shell.readerEnvironment(scratch);
        Shell shell = new Shell(environment);
        shell.docker(scratch, "pull", "busybox:latest");
        EngineApi api = new EngineApi();
        CorpusSlate slate = new CorpusSlate(api, scratch);
        MessageKinds messages = new MessageKinds();
        TutorSide tutor = new TutorSide(session, environment, scratch.resolve("home"));
        Set<Integer> only = selection(System.getProperty("corpus.lines", ""), CorpusLine.all().size());
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<String> report = new ArrayList<>(List.of("number\tverdict\tdocker_exit\ttutor\tline\tdetail"));
        List<String> problems = new ArrayList<>();
        try {
            for (CorpusLine line : CorpusLine.all()) {
                if (!only.isEmpty() && !only.contains(line.number())) {
                    continue;
                }
                Path dockerWorkspace = slate.prepare(line, "docker");
                EngineSnapshot dockerBefore = EngineSnapshot.take(api, dockerWorkspace, line.line());
                Shell.Result docker = shell.line(line.line(), dockerWorkspace, PATIENCE);
                List<String> dockerChanges = EngineSnapshot.settled(api, dockerWorkspace, line.line())
                        .changesSince(dockerBefore);

                Path tutorWorkspace = slate.prepare(line, "tutor");
                EngineSnapshot tutorBefore = EngineSnapshot.take(api, tutorWorkspace, line.line());
                TutorSide.Result said = tutor.run(line.line(), tutorWorkspace, PATIENCE);
                List<String> tutorChanges = EngineSnapshot.settled(api, tutorWorkspace, line.line())
                        .changesSince(tutorBefore);

                MessageKinds.Kind kind = messages.kind(said.output(), said.crash());
                Boolean dockerOk = docker.interrupted() ? null : docker.exitCode() == 0;
                String dockerOutput = docker.output();
                if (kind == MessageKinds.Kind.MISTAKE && !Verdict.usageError(dockerOutput) && !line.images().isBlank()) {
                    // docker stopped at an image it could not pull; would it take the rest of the line?
                    // asked again with the images there (busybox under their names), to judge the tutor's mistake
                    Path probe = slate.prepare(line, "probe");
                    slate.nameBusybox(line.images());
                    dockerOutput += "\n" + shell.line(line.line(), probe, PATIENCE).output();
                }
                Verdict verdict = Verdict.of(dockerOk, dockerOutput, dockerChanges, kind, tutorChanges);
                counts.merge(verdict, 1, Integer::sum);
                String detail = verdict == Verdict.SAME || verdict == Verdict.HONEST_REFUSAL ? ""
                        : ("docker: " + dockerChanges + " " + oneLine(docker.output()) + " | tutor: " + tutorChanges + " "
                        + oneLine(said.output()) + (said.crash() == null ? "" : " CRASH " + oneLine(said.crash())));
                report.add(line.number() + "\t" + verdict + "\t" + docker.exitCode() + "\t" + kind + "\t" + line.line()
                        + "\t" + detail);
                if (verdict != Verdict.SAME && verdict != Verdict.HONEST_REFUSAL) {
                    problems.add(line.number() + " " + verdict + ": " + line.line() + "\n    " + detail);
                }
            }
        } finally {
            slate.reset();
            api.close();
            Files.write(Path.of("target", "corpus-report.tsv"), report, StandardCharsets.UTF_8);
        }
        StringBuilder summary = new StringBuilder("corpus:");
        for (Verdict verdict : Verdict.values()) {
            summary.append(' ').append(verdict.name().toLowerCase(java.util.Locale.ROOT)).append('=')
                    .append(counts.getOrDefault(verdict, 0));
        }
        System.out.println(summary);
        assertEquals(List.of(), problems, summary + "\n" + String.join("\n", problems));
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ').replace('\t', ' ').strip();
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    /** "1-20,35" as the numbers it names. */
    static Set<Integer> selection(String text, int lines) {
        Set<Integer> numbers = new TreeSet<>();
        if (text.isBlank()) {
            for (int n = 1; n <= lines; n += SAMPLE) {
                numbers.add(n);
            }
            return numbers;
        }
        if (text.strip().equals("all")) {
            return numbers;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.strip().split("-", 2);
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
