package io.github.dockertutor.corpus;

import static io.github.dockertutor.corpus.FlagProbe.of;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.corpus.FlagLab.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The probes of the container commands' flags, other than the settings run and create share
 * ({@link ContainerSettings}): each line with the flag and without it, and what must differ. Most
 * act on the running busybox the lab shares, or on a stopped container made for the probe.
 */
final class ContainerProbes {
    private static final Pattern FULL_ID = Pattern.compile("(?m)^[0-9a-f]{64}$");
    private static final Pattern SHORT_ID = Pattern.compile("(?m)^[0-9a-f]{12}$");
    private static final String ABSENT = "{mirror}/fp-absent:{n}";

    private ContainerProbes() {
    }

    /** stats: first and alone, as each running container costs the engine a second's sample. */
    static List<FlagProbe> stats() {
        return statsProbes();
    }

    /** Run's and create's flags that show in what is printed (their own lane, before the settings). */
    static List<FlagProbe> runAndCreate() {
        return createAndRun();
    }

    /** Those on the running busybox (exec, logs, cp, commit --pause, which pauses it) and ps. */
    static List<FlagProbe> onTheRunningOne() {
        List<FlagProbe> probes = new ArrayList<>();
        probes.addAll(exec());
        probes.addAll(logs());
        probes.addAll(ps());
        probes.addAll(copyAndCommit().stream().filter(probe -> !probe.command.equals("container commit")
                || probe.flag.equals("pause")).toList());
        return probes;
    }

    /** Those on containers of their own: start, stop, kill, rm, commit, inspect, prune. */
    static List<FlagProbe> onTheirOwn() {
        List<FlagProbe> probes = new ArrayList<>(lifecycle());
        probes.addAll(copyAndCommit().stream().filter(probe -> probe.command.equals("container commit")
                && !probe.flag.equals("pause")).toList());
        probes.addAll(inspectAndPrune());
        return probes;
    }

    /** What every tutor and docker side shows of a line: its lines, for the two to agree on. */
    static String printed(FlagLab lab, Outcome outcome) {
        // a pipe's inode and a terminal's number are what two runs of the same line do not share
        return String.join("\n", outcome.lines()).replace(FlagLab.DOCKER, FlagLab.WITH)
                .replaceAll("pipe:\\[\\d+]", "pipe:[]").replaceAll("/dev/pts/\\d+", "/dev/pts/N");
    }

    static void expect(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }

    private static List<FlagProbe> statsProbes() {
        return List.of(
                of("container stats", "all", "docker stats --no-stream %() --format {{.Name}}")
                        .setup((lab, side) -> lab.source())
                        .check((lab, with, without) -> {
                            expect(with.has(lab.source()), "stats -a lists the stopped container");
                            expect(!without.has(lab.source()), "stats without -a lists running ones only");
                        }),
                of("container stats", "format", "docker stats --no-stream %({{.Name}}) {src}")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.source())), "--format prints the name alone");
                            expect(without.has("CONTAINER ID"), "the table otherwise");
                        }),
                of("container stats", "no-stream", "docker stats %() {src}")
                        .patience(Duration.ofMillis(1500))
                        .check((lab, with, without) -> {
                            expect(!with.interrupted(), "--no-stream ends by itself");
                            expect(without.interrupted(), "without it stats goes on until Ctrl-C");
                        }),
                of("container stats", "no-trunc", "docker stats --no-stream %() --format {{.ID}} {src}")
                        .check((lab, with, without) -> {
                            expect(FULL_ID.matcher(with.output()).find(), "--no-trunc: the whole id");
                            expect(SHORT_ID.matcher(without.output()).find(), "12 digits otherwise");
                        }));
    }

    /** Run's and create's flags that show in what is printed, not in the container. */
    private static List<FlagProbe> createAndRun() {
        List<FlagProbe> probes = new ArrayList<>();
        for (String command : List.of("run", "create")) {
            String reference = "container " + command;
            probes.add(of(reference, "platform", "docker " + command + " --label fp.c=" + command
                    + "-platform-{s} %(linux/arm64) busybox true")
                    .check((lab, with, without) -> {
                        expect(lab.labeled(command + "-platform-" + FlagLab.WITH).isEmpty() && with.has("arm64"),
                                "--platform linux/arm64: the engine refuses busybox for amd64, naming the platform");
                        expect(lab.labeled(command + "-platform-" + FlagLab.WITHOUT).isPresent(),
                                "without it the container is made");
                    }));
            probes.add(of(reference, "pull", "docker " + command + " %(never) " + ABSENT)
                    .check((lab, with, without) -> {
                        expect(!with.has("Unable to find image"), "--pull never: no pull");
                        expect(without.has("Unable to find image"), "without it, a missing image is pulled");
                    }));
            probes.add(of(reference, "quiet", "docker " + command + " %() " + ABSENT)
                    .check((lab, with, without) -> {
                        expect(!with.has("Unable to find image"), "-q: nothing said about the pull");
                        expect(without.has("Unable to find image"), "without it, the pull is announced");
                    }));
        }
        probes.add(of("container run", "detach", "docker run --label fp.c=run-detach-{s} %() busybox echo fp-out")
                .check((lab, with, without) -> {
                    expect(FULL_ID.matcher(with.output()).find(), "-d prints the container's id");
                    expect(without.has("fp-out") && !FULL_ID.matcher(without.output()).find(),
                            "in the foreground the container's output, not its id");
                }));
        probes.add(of("container run", "rm", "docker run --label fp.c=run-rm-{s} %() busybox true")
                .check((lab, with, without) -> {
                    expect(lab.labeled("run-rm-" + FlagLab.WITH).isEmpty(), "--rm: the container is gone once it ended");
                    expect(lab.labeled("run-rm-" + FlagLab.WITHOUT).isPresent(), "without it, it stays");
                }));
        probes.add(of("container run", "sig-proxy", "docker run --label fp.c=run-sig-{s} %(=false) busybox"
                + " sh -c \"trap 'exit 0' INT; sleep 5 & wait\"")
                .patience(Duration.ofMillis(700))
                .check((lab, with, without) -> {
                    expect(lab.labeled("run-sig-" + FlagLab.WITH).orElseThrow().at("/State/Running").asBoolean(),
                            "--sig-proxy=false: Ctrl-C stays with the tutor, the container runs on");
                    expect(!lab.labeled("run-sig-" + FlagLab.WITHOUT).orElseThrow().at("/State/Running").asBoolean(),
                            "without it, Ctrl-C reaches the container, which ends on it");
                }));
        return probes;
    }

    private static List<FlagProbe> exec() {
        return List.of(
                execProbe("detach", "%() {shared} echo fp-exec", (with, without) ->
                        !with.has("fp-exec") && without.has("fp-exec")),
                execProbe("interactive", "%() {shared} readlink /proc/self/fd/0", (with, without) ->
                        with.has("pipe:") && without.has("/dev/null")),
                execProbe("tty", "%() {shared} tty", (with, without) ->
                        with.has("/dev/pts/") && without.has("not a tty")),
                execProbe("env", "%(FP=on) {shared} env", (with, without) ->
                        with.lines().contains("FP=on") && !without.has("FP=on")),
                execProbe("env-file", "%(fp.env) {shared} env", (with, without) ->
                        with.lines().contains("FPFILE=from-file") && !without.has("FPFILE")),
                execProbe("workdir", "%(/tmp) {shared} pwd", (with, without) ->
                        with.lines().contains("/tmp") && without.lines().contains("/")),
                execProbe("user", "%(1234) {shared} id -u", (with, without) ->
                        with.lines().contains("1234") && without.lines().contains("0")),
                // every capability; an engine nested in a container may not grant them, and says so
                execProbe("privileged", "%() {shared} grep CapEff /proc/self/status", (with, without) ->
                        without.has("CapEff") && !with.output().equals(without.output())));
    }

    private static FlagProbe execProbe(String flag, String rest, java.util.function.BiPredicate<Outcome, Outcome> holds) {
        return of("container exec", flag, "docker exec " + rest)
                .check((lab, with, without) -> expect(holds.test(with, without), "exec --" + flag + " changes what runs"))
                .agreesWithDocker(ContainerProbes::printed);
    }

    private static List<FlagProbe> logs() {
        String first = FlagLab.SHARED_LINES.get(0);
        String last = FlagLab.SHARED_LINES.get(2);
        return List.of(
                of("container logs", "follow", "docker logs %() {shared}")
                        .patience(Duration.ofMillis(600))
                        .check((lab, with, without) -> {
                            expect(with.interrupted() && with.has(last), "-f follows until Ctrl-C");
                            expect(!without.interrupted() && without.has(last), "without it, logs ends");
                        }),
                of("container logs", "since", "docker logs %(2100-01-01T00:00:00) {shared}")
                        .check((lab, with, without) -> {
                            expect(!with.has(first), "--since in the future: nothing yet");
                            expect(without.has(first), "without it, every line");
                        }),
                of("container logs", "tail", "docker logs %(1) {shared}")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(last)), "-n 1: the last line only");
                            expect(without.has(first), "without it, every line");
                        }),
                of("container logs", "timestamps", "docker logs %() {shared}")
                        .check((lab, with, without) -> {
                            expect(with.output().matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\S+ " + first + ".*"),
                                    "-t: each line after its time");
                            expect(without.lines().get(0).equals(first), "without it, the line alone");
                        })
                        .agreesWithDocker(ContainerProbes::printed),
                of("container logs", "until", "docker logs %(2000-01-01T00:00:00) {shared}")
                        .check((lab, with, without) -> {
                            expect(!with.has(first), "--until long ago: nothing");
                            expect(without.has(first), "without it, every line");
                        }));
    }

    private static List<FlagProbe> ps() {
        FlagProbe.Setup both = (lab, side) -> {
            lab.source();
            lab.shared();
        };
        return List.of(
                of("container ls", "all", "docker ps %() --filter label=fp.c={src} --format {{.Names}}").setup(both)
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.source())), "-a lists the stopped container");
                            expect(without.lines().isEmpty(), "without it, running ones only");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "filter", "docker ps -a %(label=fp.c={src}) --format {{.Names}}").setup(both)
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.source())), "--filter: that container alone");
                            expect(without.lines().contains(lab.shared()), "without it, all of them");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "format", "docker ps -a --filter label=fp.c={src} %({{.Names}}/{{.Image}})")
                        .setup(both)
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.source() + "/busybox")), "--format: the template");
                            expect(without.has("CONTAINER ID"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                // two containers of their own: the other lanes make containers all the while
                of("container ls", "last", "docker ps -a %(1) --filter name={n}-ps --format {{.Names}}")
                        .setup(ContainerProbes::twoContainers)
                        .check((lab, with, without) -> {
                            expect(with.lines().size() == 1, "-n 1: one container");
                            expect(without.lines().size() > 1, "without it, all of the lab's");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "latest", "docker ps -a %() --filter name={n}-ps --format {{.Names}}")
                        .setup(ContainerProbes::twoContainers)
                        .check((lab, with, without) -> {
                            expect(with.lines().size() == 1, "-l: the latest container");
                            expect(without.lines().size() > 1, "without it, all of the lab's");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "no-trunc", "docker ps -a %() --filter label=fp.c={src} --format {{.ID}}")
                        .setup(both)
                        .check((lab, with, without) -> {
                            expect(FULL_ID.matcher(with.output()).find(), "--no-trunc: the whole id");
                            expect(SHORT_ID.matcher(without.output()).find(), "12 digits otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "quiet", "docker ps -a %() --filter label=fp.c={src}").setup(both)
                        .check((lab, with, without) -> {
                            expect(with.lines().size() == 1 && SHORT_ID.matcher(with.output()).find(), "-q: the id alone");
                            expect(without.has("CONTAINER ID"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("container ls", "size", "docker ps -a %() --filter label=fp.c={src}").setup(both)
                        .check((lab, with, without) -> {
                            expect(with.lines().get(0).contains("SIZE"), "-s: a SIZE column");
                            expect(!without.lines().get(0).contains("SIZE"), "none otherwise");
                        }));
    }

    private static void twoContainers(FlagLab lab, String side) {
        for (String name : List.of(lab.name() + "-ps1", lab.name() + "-ps2")) {
            if (!lab.exists(name)) {
                lab.createContainer(name);
            }
        }
    }

    private static List<FlagProbe> lifecycle() {
        return List.of(
                of("container start", "attach", "docker start %() {n}-start-a-{s}")
                        .setup((lab, side) -> lab.createContainer(lab.name() + "-start-a-" + side, "echo", "fp-started"))
                        .check((lab, with, without) -> {
                            expect(with.has("fp-started"), "-a shows what the container prints");
                            expect(!without.has("fp-started") && without.has("-start-a-"), "without it, its name");
                        }),
                of("container start", "interactive", "docker start %() {n}-start-i-{s}")
                        .setup((lab, side) -> lab.createContainer(lab.name() + "-start-i-" + side, "echo", "fp-started"))
                        .check((lab, with, without) -> {
                            expect(with.has("fp-started"), "-i attaches, so shows what the container prints");
                            expect(!without.has("fp-started") && without.has("-start-i-"), "without it, its name");
                        }),
                // a container that ignores SIGTERM, as sleep does as PID 1, and may take 1 s to stop
                of("container restart", "timeout", "docker restart %(0) {n}-stop-{s}")
                        .setup((lab, side) -> lab.startContainer(lab.name() + "-stop-" + side,
                                Map.of("Cmd", List.of("sleep", "600"), "StopTimeout", 1)))
                        .check(ContainerProbes::stoppedAtOnce),
                // after restart, the same containers run again
                of("container stop", "timeout", "docker stop %(0) {n}-stop-{s}")
                        .check(ContainerProbes::stoppedAtOnce),
                of("container kill", "signal", "docker kill %(HUP) {n}-kill-{s}")
                        .setup((lab, side) -> lab.startContainer(lab.name() + "-kill-" + side, Map.of()))
                        .check((lab, with, without) -> {
                            expect(lab.container(lab.name() + "-kill-" + FlagLab.WITH).at("/State/Running").asBoolean(),
                                    "-s HUP: PID 1 has no handler for it and runs on");
                            expect(!lab.container(lab.name() + "-kill-" + FlagLab.WITHOUT).at("/State/Running")
                                    .asBoolean(), "without it, SIGKILL ends it");
                        }),
                // the container kill -s HUP left running, first without -f (refused), then with it
                of("container rm", "force", "docker rm %() {n}-kill-xw")
                        .withoutFirst()
                        .check((lab, with, without) -> {
                            expect(without.has("running"), "without -f a running container is refused");
                            expect(!lab.exists(lab.name() + "-kill-" + FlagLab.WITH), "-f removes it running");
                        }),
                of("container rm", "volumes", "docker rm %() {n}-rmv-{s}")
                        .setup((lab, side) -> lab.note("rmv-" + side, lab.container(lab.createContainer(
                                lab.name() + "-rmv-" + side)).at("/Mounts/0/Name").asText()))
                        .check((lab, with, without) -> {
                            // each side's anonymous volume was recorded by the container before it went
                            expect(!lab.api().get("/volumes").toString().contains(lab.note("rmv-" + FlagLab.WITH)),
                                    "-v removes the container's anonymous volume");
                            expect(lab.api().get("/volumes").toString().contains(lab.note("rmv-" + FlagLab.WITHOUT)),
                                    "without it, the volume stays");
                        }));
    }

    /** -t 0: SIGKILL right after SIGTERM; without it the container's own 1 s between them. */
    private static void stoppedAtOnce(FlagLab lab, Outcome with, Outcome without) {
        long fast = lab.termToKill(lab.name() + "-stop-" + FlagLab.WITH, with);
        long slow = lab.termToKill(lab.name() + "-stop-" + FlagLab.WITHOUT, without);
        expect(fast < 700, "-t 0: killed at once (" + fast + " ms from SIGTERM to SIGKILL)");
        expect(slow >= 900, "without it, the container's 1 s (" + slow + " ms)");
    }

    private static List<FlagProbe> copyAndCommit() {
        return List.of(
                of("container cp", "archive", "docker cp %() owned.txt {n}-cpuser:/fp-cp-{s}")
                        .setup((lab, side) -> {
                            Path owned = lab.workspace().resolve("owned.txt");
                            Files.writeString(owned, "owned\n");
                            Files.setAttribute(owned, "unix:uid", 4321);
                            if (!lab.exists(lab.name() + "-cpuser")) {
                                lab.api().post("/containers/create?name=" + lab.name() + "-cpuser", Map.of("Image",
                                        "busybox", "User", "nobody", "Labels", Map.of("fp", lab.name())));
                            }
                        })
                        .check((lab, with, without) -> {
                            expect(lab.owner(lab.name() + "-cpuser", "/fp-cp-" + FlagLab.WITH) == 65534,
                                    "-a gives the copy to the container's user, nobody");
                            expect(lab.owner(lab.name() + "-cpuser", "/fp-cp-" + FlagLab.WITHOUT) == 4321,
                                    "without it, the file keeps its own owner");
                        }),
                of("container cp", "follow-link", "docker cp %() {shared}:/tmp/fp-link fp-link-{s}")
                        .setup((lab, side) -> lab.cli("exec", lab.shared(), "ln", "-sf", "/etc/passwd", "/tmp/fp-link"))
                        .check((lab, with, without) -> {
                            expect(Files.isRegularFile(lab.workspace().resolve("fp-link-" + FlagLab.WITH),
                                    java.nio.file.LinkOption.NOFOLLOW_LINKS), "-L copies what the link points to");
                            expect(Files.isSymbolicLink(lab.workspace().resolve("fp-link-" + FlagLab.WITHOUT)),
                                    "without it, the link itself");
                        }),
                of("container cp", "quiet", "docker cp %() cp.txt {src}:/fp-{s}.txt")
                        .check((lab, with, without) -> {
                            expect(!with.has("Successfully copied"), "-q: nothing said");
                            expect(without.has("Successfully copied"), "without it, what was copied");
                        }).agreesWithDocker(ContainerProbes::printed),
                commitProbe("author", "%(fp-author)", "/Author", "fp-author"),
                commitProbe("change", "%(\"ENV FPC=1\")", "/Config/Env", "FPC=1"),
                commitProbe("message", "%(fp-message)", "/Comment", "fp-message"),
                of("container commit", "pause", "docker commit %(=false) {shared} {n}-commit-p-{s}")
                        .check((lab, with, without) -> {
                            expect(lab.events(lab.shared(), "pause", with) == 0, "--pause=false: not paused for it");
                            expect(lab.events(lab.shared(), "pause", without) > 0, "without it, paused while committed");
                        }));
    }

    private static FlagProbe commitProbe(String flag, String args, String pointer, String expected) {
        return of("container commit", flag, "docker commit " + args + " {src} {n}-commit-" + flag + "-{s}")
                .check((lab, with, without) -> {
                    JsonNode made = lab.image(lab.name() + "-commit-" + flag + "-" + FlagLab.WITH).orElseThrow();
                    JsonNode plain = lab.image(lab.name() + "-commit-" + flag + "-" + FlagLab.WITHOUT).orElseThrow();
                    expect(made.at(pointer).toString().contains(expected), "--" + flag + " sets " + pointer);
                    expect(!plain.at(pointer).toString().contains(expected), "without it, it is not set");
                });
    }

    private static List<FlagProbe> inspectAndPrune() {
        List<FlagProbe> probes = new ArrayList<>();
        for (String command : List.of("inspect", "container inspect")) {
            probes.add(of(command, "format", "docker " + command + " %({{.Name}}) {src}")
                    .check((lab, with, without) -> {
                        expect(with.lines().equals(List.of("/" + lab.source())), "-f: the template");
                        expect(without.has("\"Config\""), "the JSON otherwise");
                    }).agreesWithDocker(ContainerProbes::printed));
            probes.add(of(command, "size", "docker " + command + " %() --format {{.SizeRw}} {src}")
                    .check((lab, with, without) -> {
                        expect(with.output().strip().matches("\\d+"), "-s: the size of the container's layer");
                        expect(!without.output().strip().matches("\\d+"), "no size otherwise");
                    }).agreesWithDocker(ContainerProbes::printed));
        }
        probes.add(of("inspect", "type", "docker inspect %(volume) --format {{.Driver}} {src}")
                .setup((lab, side) -> lab.cli("volume", "create", "--label", "fp=" + lab.name(), lab.source()))
                .check((lab, with, without) -> {
                    expect(with.lines().equals(List.of("local")), "--type volume: the volume of that name");
                    expect(!with.output().equals(without.output()), "without it, the container of that name");
                }).agreesWithDocker(ContainerProbes::printed));
        probes.add(of("container prune", "force", "docker container prune %() --filter label=fp.c={n}-prune-{s}")
                .setup((lab, side) -> lab.createContainer(lab.name() + "-prune-" + side))
                .check((lab, with, without) -> {
                    expect(!lab.exists(lab.name() + "-prune-" + FlagLab.WITH), "-f: pruned without a question");
                    expect(lab.exists(lab.name() + "-prune-" + FlagLab.WITHOUT), "without it, asked, and no is no");
                }));
        probes.add(of("container prune", "filter", "docker container prune -f %(label=fp.c={n}-pfilter-{s})")
                .withoutNotRun("it would prune every stopped container of the engine; the kept one stands for them")
                .setup((lab, side) -> {
                    lab.createContainer(lab.name() + "-pfilter-" + side);
                    lab.createContainer(lab.name() + "-pkept-" + side);
                })
                .check((lab, with, without) -> {
                    expect(!lab.exists(lab.name() + "-pfilter-" + FlagLab.WITH), "the container the filter names goes");
                    expect(lab.exists(lab.name() + "-pkept-" + FlagLab.WITH), "--filter keeps the others");
                }));
        return probes;
    }
}
