package org.peelkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The group, artifact and version of peel-io, as the build wrote them into a resource. */
final class BuildInfo {

    private static final String RESOURCE = "peel-io.properties";

    /** peel-io's version, as a Jackson {@link Version}. */
    static final Version VERSION = load();

    private BuildInfo() {
    }

    private static Version load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("peel-io is built without its resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read peel-io's resource " + RESOURCE, e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    }
}
