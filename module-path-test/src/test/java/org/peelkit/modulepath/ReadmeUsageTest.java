package org.peelkit.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's section "Using peel from Maven, Gradle and the module path" says what the build does. */
class ReadmeUsageTest {

    private static final Path ROOT = Path.of(System.getProperty("peel.root"));
    private static final String VERSION = System.getProperty("peel.version");
    private static final List<String> PUBLISHED = List.of("peel-model", "peel-io", "peel-rules", "peel-extract", "peel-report", "peel-testkit");

    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Using peel from Maven, Gradle and the module path");
        assertTrue(start >= 0, "the README has the section");
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end);
    }

    private static String block(String section, String language) {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(m.find(), "a " + language + " block");
        return m.group(1);
    }

    @Test
    void mavenCoordinatesNamePublishedModulesAtThisVersion() throws IOException {
        String xml = block(section(), "xml");
        Matcher m = Pattern.compile("<artifactId>(.*?)</artifactId>\\s*<version>(.*?)</version>").matcher(xml);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(PUBLISHED.contains(m.group(1)), m.group(1));
            assertEquals(VERSION, m.group(2), m.group(1));
        }
        assertEquals(PUBLISHED.size(), found, xml);
    }

    @Test
    void gradleCoordinatesNamePublishedModulesAtThisVersion() throws IOException {
        String kotlin = block(section(), "kotlin");
        Matcher m = Pattern.compile("\"org\\.peelkit:([a-z-]+):([^\"]+)\"").matcher(kotlin);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(PUBLISHED.contains(m.group(1)), m.group(1));
            assertEquals(VERSION, m.group(2), m.group(1));
        }
        assertEquals(2, found, kotlin);
    }

    @Test
    void everyPublishedModuleHasADescriptorAndEveryModuleTheReleaseMetadata() throws IOException {
        for (String module : PUBLISHED) {
            assertTrue(Files.exists(ROOT.resolve(module).resolve("src/main/java/module-info.java")), module);
        }
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        for (String element : List.of("<url>", "<licenses>", "<developers>", "<scm>", "<issueManagement>",
                "<id>release</id>", "maven-source-plugin", "maven-javadoc-plugin", "maven-gpg-plugin",
                "central-publishing-maven-plugin")) {
            assertTrue(pom.contains(element), "the parent POM has " + element);
        }
    }
}
