package io.github.dockertutor.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.dockertutor.render.ForbiddenImportFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the code base, as tests that fail when broken: no package cycle; docker-java
 * only in {@code engine}; JLine's line reader only in {@code shell}; the lower layers know no
 * terminal; and each package uses only what its package-info says it may ("May use: …"). The last
 * test proves the rules can fail, on a fixture class that breaks each of them.
 */
class ArchitectureTest {
    private static final String BASE = "io.github.dockertutor";
    private static final Path SOURCES = Path.of("src/main/java/io/github/dockertutor");
    private static final Pattern MAY_USE = Pattern.compile("May use:\\s*([^.]*)\\.", Pattern.DOTALL);

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static ArchRule noCycles() {
        return slices().matching(BASE + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule dockerJavaOnlyInEngine() {
        return noClasses().that().resideOutsideOfPackage(BASE + ".engine")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .because("the engine package is the one adapter to docker-java");
    }

    static ArchRule lineReaderOnlyInShell() {
        return noClasses().that().resideOutsideOfPackage(BASE + ".shell")
                .should().dependOnClassesThat().resideInAPackage("org.jline.reader..")
                .because("one loop reads lines; everything else prints through the shell's context");
    }

    static ArchRule lowerLayersKnowNoTerminal() {
        return noClasses().that().resideInAnyPackage(packages("lesson", "check", "engine", "render", "progress"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        packages("app", "cli", "shell", "commands", "console", "dockerrun", "session", "tui"))
                .because("lessons, checks, the engine, rendering and progress must work without a terminal");
    }

    /** One rule per package: it depends on no package of ours but itself and those its package-info names. */
    static List<ArchRule> packageInfoRules(Map<String, Set<String>> mayUse) {
        List<ArchRule> rules = new ArrayList<>();
        for (var entry : mayUse.entrySet()) {
            Set<String> forbidden = new TreeSet<>(mayUse.keySet());
            forbidden.remove(entry.getKey());
            forbidden.removeAll(entry.getValue());
            if (forbidden.isEmpty()) {
                continue;
            }
            rules.add(noClasses().that().resideInAPackage(BASE + "." + entry.getKey())
                    .should().dependOnClassesThat().resideInAnyPackage(packages(forbidden.toArray(String[]::new)))
                    .because("package-info of " + entry.getKey() + " says: May use: " + entry.getValue())
                    .allowEmptyShould(true));
        }
        return rules;
    }

    @Test
    void packagesFormNoCycle() {
        noCycles().check(MAIN);
    }

    @Test
    void onlyTheEnginePackageImportsDockerJava() {
        dockerJavaOnlyInEngine().check(MAIN);
    }

    @Test
    void onlyTheShellHoldsTheLineReader() {
        lineReaderOnlyInShell().check(MAIN);
    }

    @Test
    void lessonsChecksEngineRenderAndProgressKnowNoTerminal() {
        lowerLayersKnowNoTerminal().check(MAIN);
    }

    @Test
    void everyPackageUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        for (ArchRule rule : packageInfoRules(mayUse())) {
            rule.check(MAIN);
        }
    }

    @Test
    void everyPackageHasAPackageInfoThatSaysWhatItMayUse() throws IOException {
        Map<String, Set<String>> mayUse = mayUse();
        Set<String> packages = new TreeSet<>();
        MAIN.forEach(javaClass -> packages.add(javaClass.getPackageName().substring(BASE.length() + 1)));
        assertEquals(packages, mayUse.keySet(), "packages with classes vs packages with a 'May use:' package-info");
        for (var entry : mayUse.entrySet()) {
            for (String used : entry.getValue()) {
                assertTrue(mayUse.containsKey(used), entry.getKey() + " may use " + used + ", which is no package");
            }
        }
    }

    @Test
    void bothReadmesListEveryPackage() throws IOException {
        for (String readme : List.of("README.md", "README.zh-TW.md")) {
            String text = Files.readString(Path.of(readme));
            for (String name : mayUse().keySet()) {
                assertTrue(text.contains("`" + name + "`"), readme + " does not describe the package " + name);
            }
        }
    }

    /** The rules fail on a class that breaks them: the tests above are not vacuous. */
    @Test
    void theRulesFailOnAForbiddenImport() throws IOException {
        JavaClasses withFixture = new ClassFileImporter().importClasses(ForbiddenImportFixture.class);
        assertTrue(dockerJavaOnlyInEngine().evaluate(withFixture).hasViolation());
        assertTrue(lineReaderOnlyInShell().evaluate(withFixture).hasViolation());
        assertTrue(lowerLayersKnowNoTerminal().evaluate(withFixture).hasViolation());
        boolean packageInfoViolated = false;
        for (ArchRule rule : packageInfoRules(mayUse())) {
            packageInfoViolated |= rule.evaluate(withFixture).hasViolation();
        }
        assertTrue(packageInfoViolated, "render's package-info does not allow shell");
        assertFalse(lowerLayersKnowNoTerminal().evaluate(MAIN).hasViolation());
    }

    /** Every package-info's "May use:" line, by package name relative to io.github.dockertutor. */
    static Map<String, Set<String>> mayUse() throws IOException {
        Map<String, Set<String>> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path info : files.filter(p -> p.getFileName().toString().equals("package-info.java")).toList()) {
                String name = SOURCES.relativize(info.getParent()).toString().replace('/', '.').replace('\\', '.');
                Matcher matcher = MAY_USE.matcher(Files.readString(info));
                Set<String> allowed = new TreeSet<>();
                if (matcher.find()) {
                    String list = matcher.group(1).replaceAll("\\s*\\*\\s*", " ").strip();
                    if (!list.startsWith("nothing")) {
                        for (String used : list.split(",")) {
                            allowed.add(used.strip());
                        }
                    }
                    result.put(name, allowed);
                }
            }
        }
        return result;
    }

    private static String[] packages(String... names) {
        return Stream.of(names).map(name -> BASE + "." + name).toArray(String[]::new);
    }
}
