package io.github.dockertutor.corpus;

import static io.github.dockertutor.corpus.ContainerProbes.expect;
import static io.github.dockertutor.corpus.ContainerProbes.printed;
import static io.github.dockertutor.corpus.FlagProbe.of;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The probes of the image commands' flags: build (each build a few LABEL steps, no container, so
 * quick; two with a RUN step, for --rm and --force-rm), pull and push through the engine's own
 * registry mirror, images, history, rmi, save, load, login and image prune.
 */
final class ImageProbes {
    private static final Pattern SHORT_ID = Pattern.compile("(?m)^[0-9a-f]{12}$");
    /** The repository push probes push to in the mirror: one name for every run, so its catalog does not grow. */
    private static final String PUSHED = "{mirror}/dt-flag-probe-{s}";

    private ImageProbes() {
    }

    /** The probes whose builds run a step in a container (--rm, --force-rm, rmi's untagged parent): a lane of their own. */
    static List<FlagProbe> stepContainers() {
        return List.of(
                // a RUN step leaves its container behind when --rm=false, or when it fails without --force-rm
                of("image build", "rm", "docker build %(=false) -f Dockerfile.run-{s} .")
                        .setup((lab, side) -> Files.writeString(lab.workspace().resolve("Dockerfile.run-" + side),
                                "FROM busybox\nRUN echo fp-rm-" + lab.name() + "-" + side + "\n"))
                        .check((lab, with, without) -> {
                            expect(lab.containersWith("fp-rm-" + lab.name() + "-" + FlagLab.WITH) == 1,
                                    "--rm=false keeps the RUN step's container");
                            expect(lab.containersWith("fp-rm-" + lab.name() + "-" + FlagLab.WITHOUT) == 0,
                                    "without it, the container goes");
                        }),
                of("image build", "force-rm", "docker build %() -f Dockerfile.fail-{s} .")
                        .setup((lab, side) -> Files.writeString(lab.workspace().resolve("Dockerfile.fail-" + side),
                                "FROM busybox\nRUN echo fp-frm-" + lab.name() + "-" + side + " && false\n"))
                        .check((lab, with, without) -> {
                            expect(lab.containersWith("fp-frm-" + lab.name() + "-" + FlagLab.WITH) == 0,
                                    "--force-rm removes the failed step's container");
                            expect(lab.containersWith("fp-frm-" + lab.name() + "-" + FlagLab.WITHOUT) == 1,
                                    "without it, the failed step's container stays, to look into");
                        }),
                // two LABEL steps: the first leaves an image without a name, which rmi removes with its child
                of("image rm", "no-prune", "docker rmi %() {n}-np-{s}")
                        .setup((lab, side) -> {
                            Files.writeString(lab.workspace().resolve("Dockerfile.np-" + side),
                                    "FROM busybox\nLABEL fp.np=" + side + "\nLABEL fp.np2=" + side + "\n");
                            lab.cli("build", "-q", "-t", lab.name() + "-np-" + side, "-f", "Dockerfile.np-" + side,
                                    lab.workspace().toString());
                        })
                        .check((lab, with, without) -> {
                            expect(count(with.output(), "Deleted:") == 1, "--no-prune: the image alone");
                            expect(count(without.output(), "Deleted:") == 2, "without it, its untagged parent too");
                        }).agreesWithDocker((lab, outcome) -> Long.toString(count(outcome.output(), "Deleted:"))));
    }

    static List<FlagProbe> all() {
        List<FlagProbe> probes = new ArrayList<>();
        probes.addAll(build());
        probes.addAll(pullAndPush());
        probes.addAll(listings());
        probes.addAll(removeAndArchive());
        return probes;
    }

    private static final Pattern BUILT = Pattern.compile("Successfully built ([0-9a-f]{12})");

    /** The image a build made, by the id it printed. */
    private static JsonNode built(FlagLab lab, FlagLab.Outcome outcome) {
        var matcher = BUILT.matcher(outcome.output());
        expect(matcher.find(), "the build made an image");
        return lab.image(matcher.group(1)).orElseThrow();
    }

    private static FlagProbe buildLabel(String flag, String line, String label, String with, String without) {
        return of("image build", flag, line)
                .check((lab, withSide, withoutSide) -> {
                    expect(built(lab, withSide).at("/Config/Labels/" + label).asText().equals(with),
                            "--" + flag + ": label " + label + " is " + with);
                    expect(built(lab, withoutSide).at("/Config/Labels/" + label).asText().equals(without),
                            "without it, " + without);
                });
    }

    private static List<FlagProbe> build() {
        return List.of(
                of("image build", "tag", "docker build %({n}-tag-{s}) .")
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-tag-" + FlagLab.WITH).isPresent(), "-t names the image");
                            expect(!without.has("Successfully tagged"), "without it, an image without a name");
                        }),
                buildLabel("file", "docker build %(Dockerfile.alt) .", "fp.build", "alt", "plain"),
                buildLabel("build-arg", "docker build -f Dockerfile.arg %(FP=yes) .", "fp.arg", "yes", "none"),
                buildLabel("target", "docker build -f Dockerfile.stages %(one) .", "fp.stage", "one", "two"),
                buildLabel("label", "docker build %(fp.given=yes) .", "fp.given", "yes", ""),
                of("image build", "no-cache", "docker build %() .")
                        .check((lab, with, without) -> {
                            expect(!with.has("Using cache"), "--no-cache: every step made again");
                            expect(without.has("Using cache"), "without it, the steps made before are reused");
                        }),
                of("image build", "pull", "docker build %() .")
                        .check((lab, with, without) -> {
                            expect(lab.imageEvents("pull", with) > 0, "--pull: FROM's image is pulled again");
                            expect(lab.imageEvents("pull", without) == 0, "without it, the image there is used");
                        }),
                of("image build", "quiet", "docker build %() .")
                        .check((lab, with, without) -> {
                            expect(!with.has("Step 1/"), "-q: not the steps");
                            expect(without.has("Step 1/"), "without it, every step");
                        }));
    }

    private static List<FlagProbe> pullAndPush() {
        return List.of(
                of("image pull", "quiet", "docker pull %() busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of("docker.io/library/busybox:latest")), "-q: the name alone");
                            expect(without.has("Status:"), "without it, what the pull did");
                        }).agreesWithDocker(ImageProbes::pullStatus),
                of("image push", "all-tags", "docker push %() " + PUSHED)
                        .setup((lab, side) -> {
                            for (String tag : List.of("1", "2")) {
                                tag(lab, lab.expand(PUSHED, side), lab.name() + "-" + tag);
                                lab.pushed(lab.expand(PUSHED + ":{n}-" + tag, side));
                            }
                        })
                        .check((lab, with, without) -> {
                            expect(with.has(lab.name() + "-1: digest:") && with.has(lab.name() + "-2: digest:"),
                                    "-a pushes every tag of the repository");
                            expect(!without.has(": digest:"), "without it, the tag named (latest, not there)");
                        }),
                of("image push", "quiet", "docker push %() " + PUSHED + ":{n}-q")
                        .setup((lab, side) -> {
                            tag(lab, lab.expand(PUSHED, side), lab.name() + "-q");
                            lab.pushed(lab.expand(PUSHED + ":{n}-q", side));
                        })
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.expand(PUSHED + ":{n}-q", FlagLab.WITH))),
                                    "-q: the name alone");
                            expect(without.has("digest:"), "without it, the layers and the digest");
                        }),
                of("login", "password", "docker login -u fp %(fp-secret) {mirror}")
                        .check((lab, with, without) -> {
                            expect(with.has("Login Succeeded"), "-p logs in");
                            expect(lab.said(without, "docker.login.needsTerminal"), "without it, a real terminal");
                        }),
                of("login", "username", "docker login %(fp) -p fp-secret {mirror}")
                        .check((lab, with, without) -> {
                            expect(with.has("Login Succeeded"), "-u logs in");
                            expect(lab.said(without, "docker.login.needsTerminal"), "without it, a real terminal");
                        }));
    }

    /** A pull's last word, the same from both: "Image is up to date", or the name alone with -q. */
    private static String pullStatus(FlagLab lab, FlagLab.Outcome outcome) {
        return outcome.lines().get(outcome.lines().size() - 1);
    }

    private static void tag(FlagLab lab, String repository, String tag) {
        lab.api().post("/images/busybox:latest/tag?repo=" + EngineApi.encode(repository) + "&tag=" + tag, null);
    }

    private static List<FlagProbe> listings() {
        return List.of(
                of("image ls", "all", "docker images %() -q")
                        .check((lab, with, without) -> expect(with.lines().stream()
                                        .anyMatch(id -> !without.lines().contains(id)),
                                "-a adds the images builds made on the way (build --build-arg made some)")),
                of("image ls", "digests", "docker images %() busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().get(0).contains("DIGEST"), "--digests: a DIGEST column");
                            expect(!without.lines().get(0).contains("DIGEST"), "none otherwise");
                        }),
                of("image ls", "filter", "docker images %(reference=busybox) --format {{.Repository}}")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of("busybox")), "--filter: busybox alone");
                            expect(without.lines().size() > 1, "without it, every image");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image ls", "format", "docker images %({{.Repository}}:{{.Tag}}) busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of("busybox:latest")), "--format: the template");
                            expect(without.has("REPOSITORY"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image ls", "no-trunc", "docker images %() --format {{.ID}} busybox")
                        .check((lab, with, without) -> {
                            expect(with.output().strip().matches("sha256:[0-9a-f]{64}"), "--no-trunc: the whole id");
                            expect(without.output().strip().matches("[0-9a-f]{12}"), "12 digits otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image ls", "quiet", "docker images %() busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().size() == 1 && SHORT_ID.matcher(with.output()).find(), "-q: the id");
                            expect(without.has("REPOSITORY"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image history", "format", "docker history %({{.CreatedBy}}) busybox")
                        .check((lab, with, without) -> {
                            expect(!with.has("CREATED BY"), "--format: the template alone");
                            expect(without.has("CREATED BY"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image history", "human", "docker history %(=false) --format {{.Size}} busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().stream().allMatch(line -> line.matches("\\d+")), "-H=false: bytes");
                            expect(without.lines().stream().anyMatch(line -> line.endsWith("B")), "MB and kB otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image history", "no-trunc", "docker history %() -q busybox")
                        .check((lab, with, without) -> {
                            expect(with.has("sha256:"), "--no-trunc: the whole id");
                            expect(SHORT_ID.matcher(without.output()).find(), "12 digits otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image history", "quiet", "docker history %() busybox")
                        .check((lab, with, without) -> {
                            expect(!with.has("CREATED BY"), "-q: the ids alone");
                            expect(without.has("CREATED BY"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("image inspect", "format", "docker image inspect %({{.Os}}) busybox")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of("linux")), "-f: the template");
                            expect(without.has("\"RootFS\""), "the JSON otherwise");
                        }).agreesWithDocker(ContainerProbes::printed));
    }

    private static List<FlagProbe> removeAndArchive() {
        return List.of(
                // an image a stopped container uses: its last name goes only with -f
                of("image rm", "force", "docker rmi %() {n}-rmi-{s}")
                        .setup((lab, side) -> {
                            lab.cli("commit", lab.source(), lab.name() + "-rmi-" + side);
                            lab.api().post("/containers/create?name=" + lab.name() + "-rmiuser-" + side,
                                    Map.of("Image", lab.name() + "-rmi-" + side, "Labels", Map.of("fp", lab.name())));
                        })
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-rmi-" + FlagLab.WITH).isEmpty(), "-f removes the name");
                            expect(lab.image(lab.name() + "-rmi-" + FlagLab.WITHOUT).isPresent(), "without it, refused");
                        }),
                of("image save", "output", "docker save %(fp-{s}.tar) busybox")
                        .check((lab, with, without) -> {
                            expect(Files.size(lab.workspace().resolve("fp-" + FlagLab.WITH + ".tar")) > 100_000,
                                    "-o writes the archive");
                            expect(lab.said(without, "docker.save.needsOutput"), "without it, not to the screen");
                        }),
                of("image load", "input", "docker load %(fp-xw.tar)")
                        .check((lab, with, without) -> {
                            expect(with.has("Loaded image: busybox:latest"), "-i loads the archive");
                            expect(lab.said(without, "docker.load.needsInput"), "without it, no file to read");
                        }),
                of("image prune", "all", "docker image prune -f %() --filter label=fp.c={n}-ipa-{s}")
                        .setup((lab, side) -> labelledImage(lab, "ipa", side))
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-ipa-" + FlagLab.WITH).isEmpty(), "-a: unused images too");
                            expect(lab.image(lab.name() + "-ipa-" + FlagLab.WITHOUT).isPresent(),
                                    "without it, images without a name only");
                        }),
                of("image prune", "force", "docker image prune -a %() --filter label=fp.c={n}-ipf-{s}")
                        .setup((lab, side) -> labelledImage(lab, "ipf", side))
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-ipf-" + FlagLab.WITH).isEmpty(), "-f: no question");
                            expect(lab.image(lab.name() + "-ipf-" + FlagLab.WITHOUT).isPresent(),
                                    "without it, asked, and no is no");
                        }),
                of("image prune", "filter", "docker image prune -a -f %(label=fp.c={n}-ipx-{s})")
                        .withoutNotRun("it would prune every unused image of the engine; the kept one stands for them")
                        .setup((lab, side) -> {
                            labelledImage(lab, "ipx", side);
                            labelledImage(lab, "ipk", side);
                        })
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-ipx-" + FlagLab.WITH).isEmpty(), "the image filtered goes");
                            expect(lab.image(lab.name() + "-ipk-" + FlagLab.WITH).isPresent(),
                                    "--filter keeps the others");
                        }));
    }

    /** An unused image with a name and the label fp.c=NAME, as the probe's line names it. */
    private static void labelledImage(FlagLab lab, String kind, String side) {
        String name = lab.name() + "-" + kind + "-" + side;
        lab.cli("commit", "--change", "LABEL fp.c=" + name, lab.source(), name);
    }

    private static long count(String text, String word) {
        return text.lines().filter(line -> line.contains(word)).count();
    }
}
