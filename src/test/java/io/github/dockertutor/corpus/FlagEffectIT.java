package io.github.dockertutor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.corpus.FlagLab.Outcome;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.CommandSpec;
import io.github.dockertutor.dockercli.DockerCommandCatalog;
import io.github.dockertutor.dockercli.DockerCommandParser;
import io.github.dockertutor.dockercli.FlagSpec;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.engine.EngineSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every flag the tutor's {@code docker … --help} lists as run here does something, on the real
 * engine: for each one, a line typed with the flag and the same line without it, both through the
 * dispatcher a learner's line goes through, and a check that the flag changed what it should (the
 * container's settings in the engine's inspect, what a prune removed, what the tutor printed). Where
 * it costs little the docker CLI runs the line too and must agree. The flags come from the one
 * place help lists them ({@link DockerCommandCatalog#specs()}): a flag listed without a probe here,
 * or a probe of a flag no longer listed, fails the test, as does a flag whose line changes nothing.
 *
 * <p>Cheap by design: create and inspect rather than run; run's container settings go in three runs
 * ({@link ContainerSettings}); one running busybox for exec, logs, cp and the rest; busybox the only
 * image, from the engine's own registry.
 */
class FlagEffectIT {
    /** Flags listed as run here but proven elsewhere or not at all, with the reason; must be exact. */
    static final Map<String, String> EXEMPT = Map.of(
            "image build --platform", "the classic builder takes the busybox the engine has, whatever the platform"
                    + " asked, and the engine's registry holds busybox for one platform only: no line shows the flag"
                    + " (docker's own build does the same here)",
            "image pull --platform", "the engine's registry holds busybox for one platform: the engine pulls that"
                    + " for any platform asked; only docker's CLI adds a warning of its own afterwards",
            "volume create --driver", "the engine has one volume driver, local, the default; for any other name it"
                    + " looks for a plugin for 15 s before it gives up");

    @TempDir
    Path scratch;

    /** Without an engine: each listed flag has one proof or a reasoned exemption, and its two spellings agree. */
    @Test
    void everyListedFlagHasOneProof() {
        Map<String, FlagSpec> listed = listed();
        List<FlagProbe> probes = lanes().stream().flatMap(List::stream).toList();
        List<String> problems = new ArrayList<>(coverage(listed, probes, runBatches()));
        problems.addAll(spellings(listed, probes, runBatches()));
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    @Test
    void everyListedFlagChangesWhatItShould() throws IOException {
        long start = System.nanoTime();
        Map<String, FlagSpec> listed = listed();
        List<List<FlagProbe>> lanes = lanes();
        List<FlagProbe> probes = lanes.stream().flatMap(List::stream).toList();
        Map<String, List<ContainerSettings>> batches = runBatches();
        List<String> problems = new ArrayList<>();

        EngineSession session = RealEngine.session();
        Map<String, String> environment = Shell.readerEnvironment(scratch);
        new Shell(environment).docker(scratch, "pull", "busybox:latest");
        try (FlagLab lab = new FlagLab(session, environment, scratch)) {
            // the lanes touch nothing of each other's (names, labels, events of their own containers), so
            // they run side by side: most of a probe's time is the engine starting or committing something
            ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
            try {
                List<Future<List<String>>> running = new ArrayList<>();
                for (List<FlagProbe> lane : lanes) {
                    running.add(pool.submit(() -> runLane(lane, lab, listed, batches)));
                }
                for (Future<List<String>> lane : running) {
                    problems.addAll(lane.get());
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("a lane of probes broke off", e);
            } finally {
                pool.shutdownNow();
            }
            problems.addAll(help(lab));
        }
        System.out.printf("flag effects: %d probes in %d lanes, %d run batches, %.1f s%n", probes.size(), lanes.size(),
                batches.size(), (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    /** Every (command, flag) help lists as run here, keyed as {@code container run --detach}. */
    static Map<String, FlagSpec> listed() {
        Map<String, FlagSpec> listed = new LinkedHashMap<>();
        for (CommandSpec spec : DockerCommandCatalog.specs()) {
            for (FlagSpec flag : spec.flags()) {
                listed.put(FlagProbe.key(spec.reference(), flag.name()), flag);
            }
        }
        return listed;
    }

    /**
     * The probes in lanes that may run side by side. stats goes first in the lane of the running
     * busybox (a running container costs stats a second, and there is none yet); create's settings
     * (then docker's view of them) have a lane, run's batches and its other flags another, as have
     * images, the builds that run a step in a container, and networks with volumes.
     */
    static List<List<FlagProbe>> lanes() {
        List<FlagProbe> running = new ArrayList<>(ContainerProbes.stats());
        running.addAll(ContainerProbes.onTheRunningOne());
        return List.of(running, ContainerProbes.onTheirOwn(), createSettings(), ContainerProbes.runAndCreate(),
                ImageProbes.all(), ImageProbes.stepContainers(), ObjectProbes.all());
    }

    /** One lane's probes in order; run's batches and docker's view of create's settings come after create's. */
    private List<String> runLane(List<FlagProbe> lane, FlagLab lab, Map<String, FlagSpec> listed,
            Map<String, List<ContainerSettings>> batches) {
        List<String> problems = new ArrayList<>();
        long laneStart = System.nanoTime();
        if (lane.get(0).command.equals("container run")) {
            problems.addAll(runBatches(lab, batches, listed));
        }
        for (FlagProbe probe : lane) {
            long probeStart = System.nanoTime();
            run(probe, listed, lab).ifPresent(problems::add);
            long millis = (System.nanoTime() - probeStart) / 1_000_000;
            if (millis > 1000) {
                System.out.println("flag effects: " + probe.key() + " took " + millis + " ms");
            }
        }
        if (lane.get(0).command.equals("container create")) {
            problems.addAll(dockerAgrees(lab, batches, listed));
        }
        System.out.printf("flag effects: the lane of %s took %.1f s%n", lane.get(0).key(),
                (System.nanoTime() - laneStart) / 1e9);
        return problems;
    }

    /** create's settings one by one: a container with the flag, one without, each inspected. */
    private static List<FlagProbe> createSettings() {
        List<FlagProbe> probes = new ArrayList<>();
        for (ContainerSettings setting : ContainerSettings.ALL) {
            String label = "create-" + setting.flag() + "-";
            probes.add(FlagProbe.of("container create", setting.flag(), ("docker create --label fp.c=" + label
                            + "{s} " + setting.base() + " " + setting.args() + " busybox").replaceAll(" {2,}", " "))
                    .check((lab, with, without) -> {
                        var made = lab.labeled(label + FlagLab.WITH).orElseThrow();
                        ContainerProbes.expect(setting.setIn(made, lab, FlagLab.WITH), "--" + setting.flag() + " sets "
                                + setting.pointer() + " to " + setting.expected() + ", not "
                                + setting.actual(made, lab, FlagLab.WITH));
                        ContainerProbes.expect(!setting.setIn(lab.labeled(label + FlagLab.WITHOUT).orElseThrow(), lab,
                                FlagLab.WITHOUT), "without it, " + setting.pointer() + " is not so");
                    }));
        }
        return probes;
    }

    /** run's settings by the run that carries them. */
    static Map<String, List<ContainerSettings>> runBatches() {
        Map<String, List<ContainerSettings>> batches = new LinkedHashMap<>();
        for (ContainerSettings setting : ContainerSettings.ALL) {
            if (setting.batch() != null) {
                batches.computeIfAbsent(setting.batch(), batch -> new ArrayList<>()).add(setting);
            }
        }
        return batches;
    }

    /** The side a run batch's line is typed for: its names must not meet create's. */
    private static final String RUN_SIDE = "xr";

    private static String batchLine(String batch, List<ContainerSettings> settings, Map<String, FlagSpec> listed,
            Map<String, String> spelling) {
        Set<String> words = new LinkedHashSet<>();
        for (ContainerSettings setting : settings) {
            if (!setting.base().isEmpty()) {
                words.add(setting.base());
            }
        }
        for (ContainerSettings setting : settings) {
            FlagProbe probe = FlagProbe.of("container run", setting.flag(), setting.args());
            words.add(probe.with(spelling.getOrDefault(setting.flag(),
                    primary(listed.get(probe.key())))));
        }
        return "docker run --label fp.c=run-" + batch + "-" + RUN_SIDE + " " + String.join(" ", words) + " busybox true";
    }

    /**
     * The docker CLI makes, with all of create's settings in three lines, what the tutor made with each
     * alone: each setting's field must be the same (the one-by-one creates are the tutor's proof; these
     * three are docker's word on what each flag means).
     */
    private static List<String> dockerAgrees(FlagLab lab, Map<String, List<ContainerSettings>> batches,
            Map<String, FlagSpec> listed) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<ContainerSettings>> batch : batches.entrySet()) {
            String line = batchLine(batch.getKey(), batch.getValue(), listed, Map.of())
                    .replace("docker run --label fp.c=run-", "docker create --label fp.c=docker-");
            Outcome docker = lab.docker(line, Duration.ofSeconds(30));
            var made = lab.labeled("docker-" + batch.getKey() + "-" + RUN_SIDE);
            for (ContainerSettings setting : batch.getValue()) {
                var tutors = lab.labeled("create-" + setting.flag() + "-" + FlagLab.WITH);
                if (made.isEmpty() || tutors.isEmpty()) {
                    problems.add("container create --" + setting.flag() + ": nothing to compare with docker's\n" + docker);
                    continue;
                }
                // several flags fill one list (Env, ExposedPorts): docker's must hold this flag's part; a
                // field of one flag's own must be the very same
                String tutorSaw = setting.observed(tutors.get(), lab);
                String dockerSaw = setting.observed(made.get(), lab);
                boolean shared = tutors.get().at(lab.expand(setting.pointer(), FlagLab.WITH)).isContainerNode();
                if (shared ? !setting.setIn(made.get(), lab, FlagLab.DOCKER) : !tutorSaw.equals(dockerSaw)) {
                    problems.add("container create --" + setting.flag() + ": the docker CLI does otherwise\n  tutor:  "
                            + tutorSaw + "\n  docker: " + dockerSaw + "\n" + docker);
                }
            }
        }
        return problems;
    }

    private static List<String> runBatches(FlagLab lab, Map<String, List<ContainerSettings>> batches,
            Map<String, FlagSpec> listed) {
        List<String> problems = new ArrayList<>();
        Outcome baseline = lab.tutor("docker run --label fp.c=run-base-" + FlagLab.WITHOUT + " busybox true",
                FlagLab.WITHOUT, Duration.ofSeconds(30));
        var plain = lab.labeled("run-base-" + FlagLab.WITHOUT).orElseThrow(() -> new AssertionError(
                "the plain run made no container: " + baseline));
        for (Map.Entry<String, List<ContainerSettings>> batch : batches.entrySet()) {
            Outcome with = lab.tutor(batchLine(batch.getKey(), batch.getValue(), listed, Map.of()), RUN_SIDE,
                    Duration.ofSeconds(30));
            var made = lab.labeled("run-" + batch.getKey() + "-" + RUN_SIDE);
            for (ContainerSettings setting : batch.getValue()) {
                if (made.isEmpty() || !setting.setIn(made.get(), lab, RUN_SIDE)) {
                    problems.add("container run --" + setting.flag() + ": " + setting.pointer() + " is not "
                            + setting.expected() + " but " + made.map(m -> setting.actual(m, lab, RUN_SIDE)).orElse("-")
                            + " after\n" + with);
                } else if (setting.setIn(plain, lab, RUN_SIDE)) {
                    problems.add("container run --" + setting.flag() + ": " + setting.pointer() + " is "
                            + setting.expected() + " without the flag too\n" + baseline);
                }
            }
        }
        return problems;
    }

    /**
     * Lines without the flag already typed, by their text: a probe that needs nothing made first shares
     * the outcome of the same line (builds of the same Dockerfile, the same listing) instead of typing it again.
     */
    private final Map<String, Outcome> typedWithout = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Optional<String> run(FlagProbe probe, Map<String, FlagSpec> listed, FlagLab lab) {
        String spelling = primary(listed.get(probe.key()));
        Outcome with = null;
        Outcome without = null;
        try {
            if (probe.withoutFirst) {
                probe.setup.prepare(lab, FlagLab.WITHOUT);
                without = lab.tutor(probe.without(), FlagLab.WITHOUT, probe.patience);
            }
            probe.setup.prepare(lab, FlagLab.WITH);
            with = lab.tutor(probe.with(spelling), FlagLab.WITH, probe.patience);
            if (!probe.withoutFirst && probe.withoutNotRun == null) {
                probe.setup.prepare(lab, FlagLab.WITHOUT);
                String line = lab.expand(probe.without(), FlagLab.WITHOUT);
                without = probe.setup == FlagProbe.NOTHING ? typedWithout.get(line) : null;
                if (without == null) {
                    without = lab.tutor(probe.without(), FlagLab.WITHOUT, probe.patience);
                    typedWithout.put(line, without);
                }
            }
            probe.check.verify(lab, with, without);
            if (probe.docker != null) {
                probe.setup.prepare(lab, FlagLab.DOCKER);
                Outcome docker = lab.docker(probe.with(spelling), probe.patience);
                String tutorSaw = probe.docker.observe(lab, with);
                String dockerSaw = probe.docker.observe(lab, docker);
                // the tutor may add a sentence of its own under docker's words (what an exit code means)
                if (!tutorSaw.equals(dockerSaw) && !tutorSaw.startsWith(dockerSaw + "\n")) {
                    return java.util.Optional.of(probe.key() + ": the docker CLI does otherwise\n  tutor:  " + tutorSaw
                            + "\n  docker: " + dockerSaw + "\n" + with + docker);
                }
            }
            return java.util.Optional.empty();
        } catch (AssertionError | Exception e) {
            return java.util.Optional.of(probe.key() + ": " + e.getMessage() + "\n" + (with == null ? "" : with)
                    + (without == null ? "" : without));
        }
    }

    /** The spelling the probe types: the one-letter form where there is one, as tutorials write it. */
    static String primary(FlagSpec flag) {
        return flag.shorthand() == 0 ? "--" + flag.name() : "-" + flag.shorthand();
    }

    /**
     * Each listed flag has exactly one proof (a probe, or a place in a run batch for run's settings), or
     * is exempt with a reason; an exemption of a flag no longer listed, or one that has a probe, is stale.
     */
    static List<String> coverage(Map<String, FlagSpec> listed, List<FlagProbe> probes,
            Map<String, List<ContainerSettings>> batches) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> proofs = new HashMap<>();
        probes.forEach(probe -> proofs.merge(probe.key(), 1, Integer::sum));
        batches.values().forEach(settings -> settings.forEach(
                setting -> proofs.merge(FlagProbe.key("container run", setting.flag()), 1, Integer::sum)));
        Set<String> missing = new TreeSet<>(listed.keySet());
        missing.removeAll(proofs.keySet());
        missing.removeAll(EXEMPT.keySet());
        if (!missing.isEmpty()) {
            problems.add("listed in --help, but nothing proves they do anything: " + missing);
        }
        Set<String> unknown = new TreeSet<>(proofs.keySet());
        unknown.removeAll(listed.keySet());
        if (!unknown.isEmpty()) {
            problems.add("probes of flags --help does not list: " + unknown);
        }
        proofs.forEach((key, count) -> {
            if (count > 1) {
                problems.add(key + " has " + count + " probes: one is the proof");
            }
        });
        for (String exempt : EXEMPT.keySet()) {
            if (!listed.containsKey(exempt)) {
                problems.add("exempt, but --help no longer lists it: " + exempt);
            }
            if (proofs.containsKey(exempt)) {
                problems.add("exempt, but it has a probe: " + exempt);
            }
        }
        return problems;
    }

    /**
     * A flag with a one-letter form is probed in that form; the long form must make the very same
     * command, so that the probe proves both.
     */
    static List<String> spellings(Map<String, FlagSpec> listed, List<FlagProbe> probes,
            Map<String, List<ContainerSettings>> batches) {
        List<String> problems = new ArrayList<>();
        for (FlagProbe probe : probes) {
            FlagSpec flag = listed.get(probe.key());
            if (flag != null && flag.shorthand() != 0) {
                sameCommand(probe.key(), probe.with("-" + flag.shorthand()), probe.with("--" + flag.name()))
                        .ifPresent(problems::add);
            }
        }
        for (Map.Entry<String, List<ContainerSettings>> batch : batches.entrySet()) {
            String shortLine = batchLine(batch.getKey(), batch.getValue(), listed, Map.of());
            for (ContainerSettings setting : batch.getValue()) {
                FlagSpec flag = listed.get(FlagProbe.key("container run", setting.flag()));
                if (flag != null && flag.shorthand() != 0) {
                    sameCommand("container run --" + setting.flag(), shortLine, batchLine(batch.getKey(),
                            batch.getValue(), listed, Map.of(setting.flag(), "--" + flag.name())))
                            .ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> sameCommand(String key, String one, String other) {
        try {
            String first = parsed(one);
            String second = parsed(other);
            return first.equals(second) ? java.util.Optional.empty() : java.util.Optional.of(key
                    + ": the two spellings make different commands:\n  " + one + "\n  " + other);
        } catch (ParseException e) {
            return java.util.Optional.of(key + ": " + one + " or " + other + " does not parse: " + e.getMessage());
        }
    }

    /** The command a line makes, as text; a template's object identity does not count, its text does (in the line). */
    private static String parsed(String line) throws ParseException {
        List<String> words = CommandLineTokenizer.tokenize(FlagLab.sample(line));
        return DockerCommandParser.parse(words).toString().replaceAll("@[0-9a-f]+", "@");
    }

    /** Every command's --help prints its usage line: --help is checked on what it prints. */
    private static List<String> help(FlagLab lab) {
        List<String> problems = new ArrayList<>();
        for (CommandSpec spec : DockerCommandCatalog.specs()) {
            Outcome help = lab.tutor("docker " + spec.reference() + " --help", FlagLab.WITH, Duration.ofSeconds(10));
            boolean usage = help.has("docker " + spec.reference() + " " + spec.usage().split(" ")[0]);
            if (!usage || !spec.flags().isEmpty() && !help.has(lab.messages().get("docker.help.options").strip())) {
                problems.add(spec.reference() + " --help: no usage and options\n" + help);
            }
        }
        return problems;
    }
}
