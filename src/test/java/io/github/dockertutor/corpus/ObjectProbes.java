package io.github.dockertutor.corpus;

import static io.github.dockertutor.corpus.ContainerProbes.expect;
import static io.github.dockertutor.corpus.ContainerProbes.printed;
import static io.github.dockertutor.corpus.FlagProbe.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The probes of {@code docker network …}, {@code docker volume …} and {@code docker system …}: what
 * the engine has after the line (a network's settings, a volume's options, what a prune removed)
 * or what the tutor printed. Each side's networks get subnets of their own ({@code {o}}: 1, 2 or 3).
 */
final class ObjectProbes {
    private static final String NO_SUCH = "{n}-nosuch";

    private ObjectProbes() {
    }

    static List<FlagProbe> all() {
        List<FlagProbe> probes = new ArrayList<>();
        probes.addAll(networks());
        probes.addAll(volumes());
        probes.addAll(system());
        return probes;
    }

    private static FlagProbe networkCreate(String flag, String args, String pointer, String expected) {
        return of("network create", flag, "docker network create " + args + " {n}-nc-" + flag + "-{s}")
                .check((lab, with, without) -> {
                    String name = lab.name() + "-nc-" + flag + "-";
                    String wanted = lab.expand(expected, FlagLab.WITH);
                    expect(lab.network(name + FlagLab.WITH).orElseThrow().at(pointer).asText().equals(wanted),
                            "--" + flag + " sets " + pointer + " to " + wanted);
                    expect(!lab.network(name + FlagLab.WITHOUT).orElseThrow().at(pointer).asText().equals(wanted),
                            "without it, it is not set");
                });
    }

    private static List<FlagProbe> networks() {
        return List.of(
                networkCreate("attachable", "%()", "/Attachable", "true"),
                // macvlan: made, or refused where the kernel cannot (a nested engine); a bridge it is not
                of("network create", "driver", "docker network create %(macvlan) {n}-nc-driver-{s}")
                        .check((lab, with, without) -> {
                            var made = lab.network(lab.name() + "-nc-driver-" + FlagLab.WITH);
                            expect(made.map(n -> n.path("Driver").asText().equals("macvlan")).orElse(
                                    with.has("not supported")), "-d macvlan: the engine's macvlan driver");
                            expect(lab.network(lab.name() + "-nc-driver-" + FlagLab.WITHOUT).orElseThrow()
                                    .path("Driver").asText().equals("bridge"), "without it, a bridge");
                        }),
                networkCreate("gateway", "--subnet 10.22{o}.{sub}.0/24 %(10.22{o}.{sub}.254)",
                        "/IPAM/Config/0/Gateway", "10.221.{sub}.254"),
                networkCreate("internal", "%()", "/Internal", "true"),
                networkCreate("ip-range", "--subnet 10.23{o}.{sub}.0/24 %(10.23{o}.{sub}.128/25)",
                        "/IPAM/Config/0/IPRange", "10.231.{sub}.128/25"),
                networkCreate("ipv6", "--subnet fd00:{sub}:{o}::/64 %()", "/EnableIPv6", "true"),
                networkCreate("label", "%(fp.given=yes)", "/Labels/fp.given", "yes"),
                networkCreate("opt", "%(com.docker.network.driver.mtu=1400)",
                        "/Options/com.docker.network.driver.mtu", "1400"),
                networkCreate("subnet", "%(10.24{o}.{sub}.0/24)", "/IPAM/Config/0/Subnet", "10.241.{sub}.0/24"),
                of("network connect", "alias", "docker network connect %(fp-alias) {net} {n}-conn-a-{s}")
                        .setup((lab, side) -> lab.createContainer(lab.name() + "-conn-a-" + side))
                        .check((lab, with, without) -> {
                            String path = "/NetworkSettings/Networks/" + lab.network() + "/Aliases";
                            expect(lab.container(lab.name() + "-conn-a-" + FlagLab.WITH).at(path).toString()
                                    .contains("fp-alias"), "--alias: another name on the network");
                            expect(!lab.container(lab.name() + "-conn-a-" + FlagLab.WITHOUT).at(path).toString()
                                    .contains("fp-alias"), "without it, none");
                        }),
                of("network connect", "ip", "docker network connect %(10.210.{sub}.70) {net} {n}-conn-i-{s}")
                        .setup((lab, side) -> lab.createContainer(lab.name() + "-conn-i-" + side))
                        .check((lab, with, without) -> {
                            String path = "/NetworkSettings/Networks/" + lab.network() + "/IPAMConfig/IPv4Address";
                            expect(lab.container(lab.name() + "-conn-i-" + FlagLab.WITH).at(path).asText()
                                    .equals(lab.subnet() + ".70"), "--ip: that address");
                            expect(!lab.container(lab.name() + "-conn-i-" + FlagLab.WITHOUT).at(path).asText()
                                    .equals(lab.subnet() + ".70"), "without it, one the engine picks");
                        }),
                // a container that does not exist: with -f the engine looks for a stale endpoint of that name
                of("network disconnect", "force", "docker network disconnect %() {net} " + NO_SUCH)
                        .check((lab, with, without) -> {
                            expect(with.has("endpoint"), "-f: the engine removes a stale endpoint by name");
                            expect(without.has("No such container"), "without it, the container must exist");
                        }),
                of("network inspect", "format", "docker network inspect %({{.Name}}) {net}")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.network())), "-f: the template");
                            expect(without.has("\"IPAM\""), "the JSON otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network ls", "filter", "docker network ls %(label=fp={n}) --format {{.Name}}")
                        .setup((lab, side) -> lab.network())
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.network())), "--filter: the lab's network alone");
                            expect(without.lines().contains("bridge"), "without it, every network");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network ls", "format", "docker network ls --filter label=fp={n} %({{.Name}})")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.network())), "--format: the template");
                            expect(without.has("NETWORK ID"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network ls", "no-trunc", "docker network ls --filter label=fp={n} %() --format {{.ID}}")
                        .check((lab, with, without) -> {
                            expect(with.output().strip().matches("[0-9a-f]{64}"), "--no-trunc: the whole id");
                            expect(without.output().strip().matches("[0-9a-f]{12}"), "12 digits otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network ls", "quiet", "docker network ls --filter label=fp={n} %()")
                        .check((lab, with, without) -> {
                            expect(with.output().strip().matches("[0-9a-f]{12}"), "-q: the id alone");
                            expect(without.has("NETWORK ID"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network rm", "force", "docker network rm %() " + NO_SUCH)
                        .check((lab, with, without) -> {
                            expect(!with.has("not found"), "-f: a network not there is no error");
                            expect(without.has("not found"), "without it, an error");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("network prune", "force", "docker network prune %() --filter label=fp.c={n}-np-{s}")
                        .setup((lab, side) -> labelledNetwork(lab, "np", side))
                        .check((lab, with, without) -> {
                            expect(lab.network(lab.name() + "-np-" + FlagLab.WITH).isEmpty(), "-f: no question");
                            expect(lab.network(lab.name() + "-np-" + FlagLab.WITHOUT).isPresent(),
                                    "without it, asked, and no is no");
                        }),
                of("network prune", "filter", "docker network prune -f %(label=fp.c={n}-nx-{s})")
                        .withoutNotRun("it would prune every unused network of the engine; the kept one stands for them")
                        .setup((lab, side) -> {
                            labelledNetwork(lab, "nx", side);
                            labelledNetwork(lab, "nk", side);
                        })
                        .check((lab, with, without) -> {
                            expect(lab.network(lab.name() + "-nx-" + FlagLab.WITH).isEmpty(), "the network filtered goes");
                            expect(lab.network(lab.name() + "-nk-" + FlagLab.WITH).isPresent(),
                                    "--filter keeps the others");
                        }));
    }

    private static void labelledNetwork(FlagLab lab, String kind, String side) {
        String name = lab.name() + "-" + kind + "-" + side;
        lab.api().post("/networks/create", Map.of("Name", name, "Labels", Map.of("fp", lab.name(), "fp.c", name)));
    }

    private static void labelledVolume(FlagLab lab, String kind, String side) {
        String name = lab.name() + "-" + kind + "-" + side;
        lab.api().post("/volumes/create", Map.of("Name", name, "Labels", Map.of("fp", lab.name(), "fp.c", name)));
    }

    private static List<FlagProbe> volumes() {
        return List.of(
                of("volume create", "label", "docker volume create %(fp.given=yes) {n}-vl-{s}")
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-vl-" + FlagLab.WITH).orElseThrow()
                                    .at("/Labels/fp.given").asText().equals("yes"), "--label labels it");
                            expect(lab.volume(lab.name() + "-vl-" + FlagLab.WITHOUT).orElseThrow()
                                    .at("/Labels/fp.given").isMissingNode(), "without it, no such label");
                        }),
                // a tmpfs volume needs both options: without the first, the engine refuses the second alone
                of("volume create", "opt", "docker volume create %(type=tmpfs) -o device=tmpfs {n}-vo-{s}")
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-vo-" + FlagLab.WITH).orElseThrow()
                                    .at("/Options/type").asText().equals("tmpfs"), "-o: the driver's options");
                            expect(lab.volume(lab.name() + "-vo-" + FlagLab.WITHOUT).isEmpty(),
                                    "without it, the device alone is refused");
                        }),
                of("volume create", "name", "docker volume create %({n}-vn-{s})")
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-vn-" + FlagLab.WITH).isPresent(), "--name names it");
                            expect(without.output().strip().matches("[0-9a-f]{64}"), "without it, a made-up name");
                        }),
                of("volume inspect", "format", "docker volume inspect %({{.Name}}) {n}-vn-xw")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.name() + "-vn-xw")), "-f: the template");
                            expect(without.has("\"Mountpoint\""), "the JSON otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("volume ls", "filter", "docker volume ls %(name={n}-vn-xw) --format {{.Name}}")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.name() + "-vn-xw")), "--filter: that volume alone");
                            expect(without.lines().size() > 1, "without it, every volume");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("volume ls", "format", "docker volume ls --filter name={n}-vn-xw %({{.Name}})")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.name() + "-vn-xw")), "--format: the template");
                            expect(without.has("VOLUME NAME"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("volume ls", "quiet", "docker volume ls --filter name={n}-vn-xw %()")
                        .check((lab, with, without) -> {
                            expect(with.lines().equals(List.of(lab.name() + "-vn-xw")), "-q: the name alone");
                            expect(without.has("VOLUME NAME"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("volume rm", "force", "docker volume rm %() " + NO_SUCH)
                        .check((lab, with, without) -> {
                            expect(!with.has("no such volume"), "-f: a volume not there is no error");
                            expect(without.has("no such volume"), "without it, an error");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("volume prune", "all", "docker volume prune -f %() --filter label=fp.c={n}-vpa-{s}")
                        .setup((lab, side) -> labelledVolume(lab, "vpa", side))
                        .check((lab, with, without) -> {
                            boolean withGone = lab.volume(lab.name() + "-vpa-" + FlagLab.WITH).isEmpty();
                            boolean withoutGone = lab.volume(lab.name() + "-vpa-" + FlagLab.WITHOUT).isEmpty();
                            if (lab.volumePruneTakesNamed()) {
                                // before API 1.42 docker refuses -a: prune took named volumes anyway
                                expect(!withGone && with.has("requires API version 1.42"), "-a refused, as docker does");
                                expect(withoutGone, "without it, named volumes go on this engine");
                            } else {
                                expect(withGone, "-a: named volumes too");
                                expect(!withoutGone, "without it, anonymous ones only");
                            }
                        }),
                of("volume prune", "force", "docker volume prune {all} %() --filter label=fp.c={n}-vpf-{s}")
                        .setup((lab, side) -> labelledVolume(lab, "vpf", side))
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-vpf-" + FlagLab.WITH).isEmpty(), "-f: no question");
                            expect(lab.volume(lab.name() + "-vpf-" + FlagLab.WITHOUT).isPresent(),
                                    "without it, asked, and no is no");
                        }),
                of("volume prune", "filter", "docker volume prune {all} -f %(label=fp.c={n}-vpx-{s})")
                        .withoutNotRun("it would prune every unused volume of the engine; the kept one stands for them")
                        .setup((lab, side) -> {
                            labelledVolume(lab, "vpx", side);
                            labelledVolume(lab, "vpk", side);
                        })
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-vpx-" + FlagLab.WITH).isEmpty(), "the volume filtered goes");
                            expect(lab.volume(lab.name() + "-vpk-" + FlagLab.WITH).isPresent(),
                                    "--filter keeps the others");
                        }));
    }

    private static List<FlagProbe> system() {
        return List.of(
                of("system df", "format", "docker system df %({{.Type}})")
                        .check((lab, with, without) -> {
                            expect(with.lines().contains("Images") && !with.has("RECLAIMABLE"), "--format: the template");
                            expect(without.has("RECLAIMABLE"), "the table otherwise");
                        }).agreesWithDocker(ContainerProbes::printed),
                of("system prune", "force", "docker system prune %() --filter label=fp.c={n}-sp-{s}")
                        .setup((lab, side) -> lab.createContainer(lab.name() + "-sp-" + side))
                        .check((lab, with, without) -> {
                            expect(!lab.exists(lab.name() + "-sp-" + FlagLab.WITH), "-f: no question");
                            expect(lab.exists(lab.name() + "-sp-" + FlagLab.WITHOUT), "without it, asked, and no is no");
                        }),
                of("system prune", "all", "docker system prune -f %() --filter label=fp.c={n}-spa-{s}")
                        .setup((lab, side) -> lab.cli("commit", "--change", "LABEL fp.c=" + lab.name() + "-spa-" + side,
                                lab.source(), lab.name() + "-spa-" + side))
                        .check((lab, with, without) -> {
                            expect(lab.image(lab.name() + "-spa-" + FlagLab.WITH).isEmpty(), "-a: unused images too");
                            expect(lab.image(lab.name() + "-spa-" + FlagLab.WITHOUT).isPresent(),
                                    "without it, images without a name only");
                        }),
                of("system prune", "volumes", "docker system prune -f %() --filter label=fp.c={n}-spv-{s}")
                        .setup((lab, side) -> labelledVolume(lab, "spv", side))
                        .check((lab, with, without) -> {
                            expect(lab.volume(lab.name() + "-spv-" + FlagLab.WITH).isEmpty(), "--volumes: volumes too");
                            expect(lab.volume(lab.name() + "-spv-" + FlagLab.WITHOUT).isPresent(), "without it, kept");
                        }),
                of("system prune", "filter", "docker system prune -f %(label=fp.c={n}-spx-{s})")
                        .withoutNotRun("it would prune the whole engine; the kept container stands for it")
                        .setup((lab, side) -> {
                            lab.createContainer(lab.name() + "-spx-" + side);
                            lab.createContainer(lab.name() + "-spk-" + side);
                        })
                        .check((lab, with, without) -> {
                            expect(!lab.exists(lab.name() + "-spx-" + FlagLab.WITH), "the container filtered goes");
                            expect(lab.exists(lab.name() + "-spk-" + FlagLab.WITH), "--filter keeps the others");
                        }));
    }
}
