package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Message;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerCommandParserTest {
    private static DockerCommand parse(String line) throws ParseException {
        return DockerCommandParser.parseLine(line);
    }

    private static <T extends DockerCommand> T parse(String line, Class<T> type) throws ParseException {
        return assertInstanceOf(type, parse(line));
    }

    private static ParseException error(String line) {
        return assertThrows(ParseException.class, () -> parse(line));
    }

    private static void assertError(ParseException e, String key, String helpCommand, Object... args) {
        assertEquals(key, e.key());
        assertEquals(List.of(args), e.args());
        assertEquals(Optional.ofNullable(helpCommand), e.helpCommand());
    }

    // --- flag forms ---

    @ParameterizedTest
    @ValueSource(strings = {
        "docker run -p 1234:80 busybox", "docker run -p=1234:80 busybox", "docker run -p1234:80 busybox",
        "docker run --publish 1234:80 busybox", "docker run --publish=1234:80 busybox"})
    void everySpellingOfAValueFlag(String line) throws ParseException {
        RunCommand run = parse(line, RunCommand.class);
        PortMapping port = run.container().publish().get(0);
        assertEquals(Optional.of(new PortMapping.PortRange(1234, 1234)), port.hostPorts());
        assertEquals(new PortMapping.PortRange(80, 80), port.containerPorts());
        assertEquals("busybox", run.container().image().familiarRepository());
    }

    @Test
    void combinedShortBooleans() throws ParseException {
        RunCommand it = parse("docker run -it busybox sh", RunCommand.class);
        assertTrue(it.container().interactive());
        assertTrue(it.container().tty());
        assertFalse(it.detach());
        RunCommand dit = parse("docker run -dit busybox", RunCommand.class);
        assertTrue(dit.detach() && dit.container().interactive() && dit.container().tty());
    }

    @Test
    void combinedShortsEndingWithAValueFlag() throws ParseException {
        RunCommand run = parse("docker run -itp 8080:80 busybox", RunCommand.class);
        assertTrue(run.container().tty());
        assertEquals(8080, run.container().publish().get(0).hostPorts().orElseThrow().start());
        RunCommand glued = parse("docker run -dp8080:80 busybox", RunCommand.class);
        assertTrue(glued.detach());
        assertEquals(80, glued.container().publish().get(0).containerPorts().start());
    }

    @Test
    void booleanFlagsTakeExplicitValues() throws ParseException {
        assertFalse(parse("docker run --rm=false busybox", RunCommand.class).container().remove());
        assertTrue(parse("docker run --rm=1 busybox", RunCommand.class).container().remove());
        RunCommand run = parse("docker run -d=false -i busybox", RunCommand.class);
        assertFalse(run.detach());
        assertTrue(run.container().interactive());
        RunCommand split = parse("docker run -it=false busybox", RunCommand.class);
        assertTrue(split.container().interactive());
        assertFalse(split.container().tty());
    }

    @Test
    void longValueFlags() throws ParseException {
        assertEquals(Optional.of("web"), parse("docker run --name web busybox", RunCommand.class).container().name());
        assertEquals(Optional.of("web"), parse("docker run --name=web busybox", RunCommand.class).container().name());
        // an empty name is no name, as in docker
        assertEquals(Optional.empty(), parse("docker run --name= busybox", RunCommand.class).container().name());
        // a value flag takes the next word even if it starts with a dash, as pflag does
        assertEquals(Optional.of("-it"), parse("docker run --entrypoint -it busybox", RunCommand.class)
                .container().entrypoint());
    }

    @Test
    void repeatableFlagsCollectEveryValue() throws ParseException {
        RunCommand run = parse("docker run -p 80:80 --publish=443:443 -e A=1 --env B -v /a:/b -v data:/c:ro "
                + "-l x=1 --label y= busybox", RunCommand.class);
        assertEquals(2, run.container().publish().size());
        assertEquals(List.of(new EnvVar("A", Optional.of("1")), new EnvVar("B", Optional.empty())), run.container().env());
        assertEquals(List.of("/b", "/c"), run.container().volumes().stream().map(VolumeMapping::target).toList());
        assertTrue(run.container().volumes().get(1).readOnly());
        assertEquals(List.of(new Label("x", "1"), new Label("y", "")), run.container().labels());
    }

    @Test
    void aSingleValueFlagGivenTwiceKeepsTheLast() throws ParseException {
        assertEquals(Optional.of("web2"), parse("docker run --name web1 --name web2 busybox", RunCommand.class).container()
                .name());
        // docker's rule: a name has two characters at least
        assertEquals("parse.flag.invalidArgument", error("docker run --name a busybox").key());
    }

    @Test
    void everyRunFlag() throws ParseException {
        RunCommand run = parse("docker run -d --rm --name web -w /app --entrypoint sh --platform linux/amd64 "
                + "--network host --privileged --user 1000:1000 busybox -c 'echo hi'", RunCommand.class);
        ContainerOptions c = run.container();
        assertTrue(run.detach() && c.remove() && c.privileged());
        assertEquals(Optional.of("/app"), c.workdir());
        assertEquals(Optional.of("sh"), c.entrypoint());
        assertEquals(Optional.of("linux/amd64"), c.platform());
        assertEquals(Optional.of("host"), c.network());
        assertEquals(Optional.of("1000:1000"), c.user());
        assertEquals(List.of("-c", "echo hi"), c.command());
        assertEquals(Optional.of("none"), parse("docker run --net=none busybox", RunCommand.class).container().network());
        assertEquals(Optional.of("nobody"), parse("docker run -u nobody busybox", RunCommand.class).container().user());
    }

    // --- stop at the first positional, and -- ---

    @Test
    void runStopsParsingFlagsAtTheImage() throws ParseException {
        RunCommand run = parse("docker run -d busybox ls -l --rm -p 80", RunCommand.class);
        assertEquals(List.of("ls", "-l", "--rm", "-p", "80"), run.container().command());
        assertFalse(run.container().remove());
        assertTrue(run.container().publish().isEmpty());
    }

    @Test
    void execStopsParsingFlagsAtTheContainer() throws ParseException {
        ExecCommand exec = parse("docker exec -it -e A=1 -w /tmp -u root web sh -c 'ls -la'", ExecCommand.class);
        assertEquals("web", exec.container());
        assertEquals(List.of("sh", "-c", "ls -la"), exec.command());
        assertTrue(exec.interactive() && exec.tty());
        assertFalse(exec.detach());
        assertEquals(Optional.of("/tmp"), exec.workdir());
        assertEquals(Optional.of("root"), exec.user());
        assertEquals(List.of(new EnvVar("A", Optional.of("1"))), exec.env());
        assertEquals(List.of("ls", "-d"), parse("docker exec -d web ls -d", ExecCommand.class).command());
    }

    @Test
    void createParsesLikeRunWithoutDetach() throws ParseException {
        CreateCommand create = parse("docker create --name c1 -p 80 busybox sleep 9", CreateCommand.class);
        assertEquals(Optional.of("c1"), create.container().name());
        assertEquals(List.of("sleep", "9"), create.container().command());
        assertError(error("docker create -d busybox"), "parse.flag.unknownShorthand", "docker create", "d", "d");
    }

    @Test
    void doubleDashEndsFlags() throws ParseException {
        RunCommand run = parse("docker run -d -- busybox ls", RunCommand.class);
        assertEquals(List.of("ls"), run.container().command());
        // after the image, -- belongs to the container's command, as docker passes it
        assertEquals(List.of("--", "ls"), parse("docker run busybox -- ls", RunCommand.class).container().command());
        // for commands whose flags may follow positionals, -- lets a name start with a dash
        RmCommand rm = parse("docker rm -f -- -odd", RmCommand.class);
        assertEquals(List.of("-odd"), rm.containers());
        assertTrue(rm.force());
    }

    @Test
    void otherCommandsAcceptFlagsAfterPositionals() throws ParseException {
        RmCommand rm = parse("docker rm web -f db", RmCommand.class);
        assertEquals(List.of("web", "db"), rm.containers());
        assertTrue(rm.force());
        assertTrue(parse("docker pull busybox -q", PullCommand.class).quiet());
    }

    @Test
    void aLoneDashIsAPositional() throws ParseException {
        assertEquals("-", parse("docker build -", BuildCommand.class).context());
    }

    // --- each subcommand's record ---

    @Test
    void pull() throws ParseException {
        PullCommand pull = parse("docker pull -q --platform linux/arm64 nginx:1.27", PullCommand.class);
        assertEquals("docker.io/library/nginx:1.27", pull.image().fullName());
        assertTrue(pull.quiet());
        assertEquals(Optional.of("linux/arm64"), pull.platform());
    }

    @Test
    void imagesAndPs() throws ParseException {
        ImagesCommand images = parse("docker images -aq busybox", ImagesCommand.class);
        assertTrue(images.all() && images.quiet());
        assertEquals(Optional.of("busybox"), images.repository());
        PsCommand ps = parse("docker ps -a", PsCommand.class);
        assertTrue(ps.all());
        assertFalse(ps.quiet());
    }

    @Test
    void inspect() throws ParseException {
        InspectCommand inspect = parse("docker inspect --type image busybox alpine", InspectCommand.class);
        assertEquals(List.of("busybox", "alpine"), inspect.targets());
        assertEquals(Optional.of(InspectCommand.Type.IMAGE), inspect.type());
        assertEquals(Optional.empty(), parse("docker inspect web", InspectCommand.class).type());
        assertEquals(Optional.of(InspectCommand.Type.NETWORK),
                parse("docker inspect --type network bridge", InspectCommand.class).type());
        assertEquals(new NotRunHere("docker inspect --type node"), parse("docker inspect --type node n1"));
        ParseException bad = error("docker inspect --type=bogus x");
        assertEquals("parse.flag.invalidArgument", bad.key());
        assertEquals(List.of("bogus", "--type", Message.of("parse.inspect.type", "bogus")), bad.args());
    }

    @Test
    void logs() throws ParseException {
        LogsCommand logs = parse("docker logs -f --tail 20 web", LogsCommand.class);
        assertTrue(logs.follow());
        assertEquals(OptionalInt.of(20), logs.tail());
        assertEquals(OptionalInt.empty(), parse("docker logs --tail all web", LogsCommand.class).tail());
        assertEquals(OptionalInt.of(5), parse("docker logs -n5 web", LogsCommand.class).tail());
        assertEquals(OptionalInt.empty(), parse("docker logs web", LogsCommand.class).tail());
        assertEquals("parse.flag.invalidArgument", error("docker logs --tail many web").key());
    }

    @Test
    void build() throws ParseException {
        BuildCommand build = parse("docker build -t my-image -t me/app:1.0 -f docker/Dockerfile --build-arg V=1 "
                + "--build-arg PROXY --no-cache -q --platform linux/amd64 .", BuildCommand.class);
        assertEquals(".", build.context());
        assertEquals(List.of("my-image", "me/app:1.0"), build.tags().stream().map(ImageReference::familiarName).toList());
        assertEquals(Optional.of("docker/Dockerfile"), build.dockerfile());
        assertEquals(List.of(new EnvVar("V", Optional.of("1")), new EnvVar("PROXY", Optional.empty())), build.buildArgs());
        assertTrue(build.noCache() && build.quiet());
        assertEquals(Optional.of("linux/amd64"), build.platform());
    }

    @Test
    void stopStartRestartRmRmiTag() throws ParseException {
        StopCommand stop = parse("docker stop -t 3 a b", StopCommand.class);
        assertEquals(List.of("a", "b"), stop.containers());
        assertEquals(OptionalInt.of(3), stop.timeoutSeconds());
        assertEquals(OptionalInt.of(7), parse("docker stop --time=7 a", StopCommand.class).timeoutSeconds());
        assertEquals(OptionalInt.of(0), parse("docker restart --timeout 0 a", RestartCommand.class).timeoutSeconds());
        assertEquals(OptionalInt.empty(), parse("docker restart a", RestartCommand.class).timeoutSeconds());
        assertEquals(List.of("a"), parse("docker start a", StartCommand.class).containers());
        assertTrue(parse("docker rmi -f busybox", RmiCommand.class).force());
        TagCommand tag = parse("docker tag busybox localhost:5000/me/busybox:v1", TagCommand.class);
        assertEquals("busybox:latest", tag.source().normalize().familiarName());
        assertEquals("localhost:5000/me/busybox:v1", tag.target().familiarName());
    }

    @Test
    void theSeedArticlesCommands() throws ParseException {
        assertEquals("docker.io/tensorflow/tensorflow:latest",
                parse("docker pull tensorflow/tensorflow", PullCommand.class).image().normalize().fullName());
        RunCommand run = parse("docker run -it -p 1234:8888 tensorflow/tensorflow", RunCommand.class);
        assertEquals("1234:8888/tcp", run.container().publish().get(0).toString());
        assertEquals(List.of(), run.container().command());
        assertEquals("test_image_2", parse("docker build -t test_image_2 .", BuildCommand.class).tags().get(0).familiarRepository());
        // the article's placeholder, typed literally, meets docker's own error
        assertEquals("parse.flag.invalidArgument", error("docker build -t IMAGE_NAME .").key());
    }

    // --- aliases ---

    @Test
    void managementCommandAliasesMapToTheSameRecords() throws ParseException {
        assertEquals(parse("docker images -a"), parse("docker image ls -a"));
        assertEquals(parse("docker images"), parse("docker image list"));
        assertEquals(parse("docker rmi -f x"), parse("docker image rm -f x"));
        assertEquals(parse("docker rmi x"), parse("docker image remove x"));
        assertEquals(parse("docker pull busybox"), parse("docker image pull busybox"));
        assertEquals(parse("docker build -t a ."), parse("docker image build -t a ."));
        assertEquals(parse("docker tag a b"), parse("docker image tag a b"));
        assertEquals(parse("docker ps -a"), parse("docker container ls -a"));
        assertEquals(parse("docker ps -q"), parse("docker container ps -q"));
        assertEquals(parse("docker ps"), parse("docker container list"));
        assertEquals(parse("docker run -d busybox"), parse("docker container run -d busybox"));
        assertEquals(parse("docker rm x"), parse("docker container rm x"));
        assertEquals(parse("docker stop x"), parse("docker container stop x"));
        assertEquals(parse("docker start x"), parse("docker container start x"));
        assertEquals(parse("docker logs x"), parse("docker container logs x"));
        assertEquals(parse("docker exec x ls"), parse("docker container exec x ls"));
        assertEquals(new InspectCommand(List.of("x"), Optional.of(InspectCommand.Type.IMAGE), Optional.empty(), false),
                parse("docker image inspect x"));
        assertEquals(new InspectCommand(List.of("x"), Optional.of(InspectCommand.Type.CONTAINER), Optional.empty(), false),
                parse("docker container inspect x"));
        assertEquals(parse("docker rm x"), parse("docker remove x"));
        assertEquals(parse("docker network ls"), parse("docker network list"));
        assertEquals(parse("docker volume rm v"), parse("docker volume remove v"));
    }

    @Test
    void errorsNameTheCommandAsTyped() {
        assertError(error("docker container run"), "parse.args.atLeast.one", "docker container run",
                "docker container run", 1);
        assertError(error("docker image ls --foo"), "parse.flag.unknown", "docker image ls", "foo");
    }

    // --- help, not run here, unknown ---

    @Test
    void helpRequests() throws ParseException {
        HelpRequest top = parse("docker --help", HelpRequest.class);
        assertEquals("docker", top.commandPath());
        assertTrue(top.subcommands().containsKey("run"));
        assertEquals(top, parse("docker"));
        assertEquals(top, parse("docker help"));
        HelpRequest run = parse("docker run --help", HelpRequest.class);
        assertEquals(Optional.of(ContainerCommandSpecs.RUN), run.command());
        assertEquals("docker run", run.commandPath());
        assertEquals(run, parse("docker help run"));
        // on run -h is --hostname, as in docker; elsewhere it asks for help
        assertEquals(Optional.of("myweb"), parse("docker run -h myweb busybox", RunCommand.class).container().host()
                .hostname());
        assertEquals("docker ps", parse("docker ps -h", HelpRequest.class).commandPath());
        // help wins even when the rest would be wrong, as in docker
        assertEquals(run, parse("docker run -d --help"));
        HelpRequest group = parse("docker image", HelpRequest.class);
        assertTrue(group.subcommands().containsKey("ls"));
        assertEquals(group, parse("docker image --help"));
        assertEquals("docker image ls", parse("docker image ls --help", HelpRequest.class).commandPath());
        assertEquals("docker container ls", parse("docker help container ls", HelpRequest.class).commandPath());
    }

    @Test
    void helpAfterTheImageBelongsToTheContainer() throws ParseException {
        assertEquals(List.of("--help"), parse("docker run busybox --help", RunCommand.class).container().command());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose", "version", "info", "search", "export", "import", "update", "attach", "events",
        "init", "swarm"})
    void realCommandsTheTutorDoesNotRun(String name) throws ParseException {
        assertEquals(new NotRunHere("docker " + name), parse("docker " + name + " whatever --flags"));
    }

    @Test
    void prunesTakeTheEnginesFiltersAndRefuseASecondUntil() throws ParseException {
        assertEquals(new PruneCommand(PruneCommand.Target.IMAGES, false, false, false, List.of()),
                parse("docker image prune"));
        assertEquals(new PruneCommand(PruneCommand.Target.IMAGES, true, true, false,
                List.of(new ListFilter("label", "project=demo"), new ListFilter("label", "keep"),
                        new ListFilter("until", "24h"))),
                parse("docker image prune -af --filter label=project=demo --filter=label=keep --filter until=24h"));
        assertEquals("parse.prune.untilTwice",
                error("docker image prune --filter until=1h --filter until=24h").key());
        assertError(error("docker image prune --filter dangling"), "parse.flag.invalidArgument",
                "docker image prune", "dangling", "--filter", Message.of("parse.filter.format", "dangling"));
        assertEquals("parse.args.none", error("docker image prune busybox").key());
        assertEquals(PruneCommand.Target.CONTAINERS, parse("docker container prune -f", PruneCommand.class).target());
        PruneCommand system = parse("docker system prune -a --volumes", PruneCommand.class);
        assertTrue(system.all() && system.volumes() && !system.force());
    }

    @Test
    void groupCommandsTheTutorDoesNotRun() throws ParseException {
        assertEquals(new NotRunHere("docker image import"), parse("docker image import x.tar"));
        assertEquals(new NotRunHere("docker container export"), parse("docker container export web"));
        assertEquals(new NotRunHere("docker system info"), parse("docker system info"));
        assertEquals(new NotRunHere("docker --version"), parse("docker --version"));
    }

    @Test
    void unknownCommands() {
        assertError(error("docker xyz"), "parse.command.unknown", "docker", "xyz");
        assertError(error("docker image xyz"), "parse.command.unknown", "docker image", "image xyz");
        assertError(error("docker help xyz"), "parse.command.unknown", "docker", "xyz");
    }

    @Test
    void globalFlagsAreRefusedWithAReason() {
        assertError(error("docker -H tcp://x:2375 ps"), "parse.command.globalFlag", null, "-H");
        assertError(error("docker --context=remote ps"), "parse.command.globalFlag", null, "--context");
        assertError(error("docker --foo ps"), "parse.flag.unknown", "docker", "foo");
        assertError(error("docker -z ps"), "parse.flag.unknownShorthand", "docker", "z", "z");
    }

    // --- docker's errors ---

    @Test
    void unknownFlags() {
        assertError(error("docker run --foo busybox"), "parse.flag.unknown", "docker run", "foo");
        assertError(error("docker run --foo=1 busybox"), "parse.flag.unknown", "docker run", "foo");
        assertError(error("docker run -z busybox"), "parse.flag.unknownShorthand", "docker run", "z", "z");
        // pflag names the rest of the run from the unknown letter on
        assertError(error("docker run -itz busybox"), "parse.flag.unknownShorthand", "docker run", "z", "z");
        assertError(error("docker run -zit busybox"), "parse.flag.unknownShorthand", "docker run", "z", "zit");
        assertError(error("docker ps -x"), "parse.flag.unknownShorthand", "docker ps", "x", "x");
    }

    @Test
    void missingFlagValues() {
        assertError(error("docker run -p"), "parse.flag.needsArgumentShorthand", "docker run", "p", "p");
        assertError(error("docker run -dp"), "parse.flag.needsArgumentShorthand", "docker run", "p", "p");
        assertError(error("docker run --name"), "parse.flag.needsArgument", "docker run", "name");
        assertError(error("docker logs web --tail"), "parse.flag.needsArgument", "docker logs", "tail");
    }

    @Test
    void badFlagSyntax() {
        assertError(error("docker run ---x busybox"), "parse.flag.badSyntax", "docker run", "---x");
        assertError(error("docker run --=x busybox"), "parse.flag.badSyntax", "docker run", "--=x");
    }

    @Test
    void invalidFlagValues() {
        assertError(error("docker run -p x busybox"), "parse.flag.invalidArgument", "docker run",
                "x", "-p, --publish", Message.of("parse.port.container", "x"));
        assertError(error("docker run --rm=maybe busybox"), "parse.flag.invalidArgument", "docker run",
                "maybe", "--rm", Message.of("parse.value.bool"));
        assertError(error("docker stop -t soon web"), "parse.flag.invalidArgument", "docker stop",
                "soon", "-t, --timeout", Message.of("parse.value.integer"));
        assertError(error("docker run --name 'my web' busybox"), "parse.flag.invalidArgument", "docker run",
                "my web", "--name", Message.of("parse.name.invalid", "my web"));
        assertError(error("docker build -t Web ."), "parse.flag.invalidArgument", "docker build",
                "Web", "-t, --tag", Message.of("parse.image.uppercase", "Web"));
        assertError(error("docker run -w app busybox"), "parse.flag.invalidArgument", "docker run",
                "app", "-w, --workdir", Message.of("parse.workdir.relative", "app"));
        assertError(error("docker run -e =x busybox"), "parse.flag.invalidArgument", "docker run",
                "=x", "-e, --env", Message.of("parse.env.invalid", "=x"));
    }

    @Test
    void argumentCounts() {
        assertError(error("docker pull"), "parse.args.exactly.one", "docker pull", "docker pull", 1);
        assertError(error("docker pull a b"), "parse.args.exactly.one", "docker pull", "docker pull", 1);
        assertError(error("docker tag a"), "parse.args.exactly.other", "docker tag", "docker tag", 2);
        assertError(error("docker run"), "parse.args.atLeast.one", "docker run", "docker run", 1);
        assertError(error("docker run -d"), "parse.args.atLeast.one", "docker run", "docker run", 1);
        assertError(error("docker exec web"), "parse.args.atLeast.other", "docker exec", "docker exec", 2);
        assertError(error("docker ps web"), "parse.args.none", "docker ps", "docker ps");
        assertError(error("docker images a b"), "parse.args.atMost.one", "docker images", "docker images", 1);
        assertError(error("docker build"), "parse.args.exactly.one", "docker build", "docker build", 1);
    }

    @Test
    void invalidPositionalImages() {
        assertError(error("docker pull Busybox"), "parse.image.uppercase", "docker pull", "Busybox");
        assertError(error("docker run -it Ubuntu bash"), "parse.image.uppercase", "docker run", "Ubuntu");
        assertError(error("docker pull busybox:"), "parse.image.invalidFormat", "docker pull");
        assertError(error("docker tag busybox me/b@sha256:" + "a".repeat(64)), "parse.image.digestNotAllowed",
                "docker tag", "me/b@sha256:" + "a".repeat(64));
    }

    @Test
    void linesThatAreNotDockerCommands() {
        assertError(error("kubectl get pods"), "parse.command.notDocker", null, "kubectl");
        assertError(error("Docker ps"), "parse.command.notDocker", null, "Docker");
        assertError(error("sudo docker ps"), "parse.command.sudo", null);
        assertError(error("sudo ls"), "parse.command.notDocker", null, "sudo");
        assertError(error(""), "parse.command.empty", null);
    }
}
