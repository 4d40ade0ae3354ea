package org.peelkit.model;

import java.util.Optional;

/**
 * HMICFRS's two stages of monitoring a force.
 *
 * <pre>{@code
 * MonitoringStage.fromId("engage"); // Optional[ENGAGE]
 * }</pre>
 */
public enum MonitoringStage implements Vocabulary {
    /** Routine monitoring, the default stage. */
    SCAN("scan", "Scan"),
    /** Enhanced monitoring, when a force is not responding to a cause of concern. */
    ENGAGE("engage", "Engage");

    private final String id;
    private final String label;

    MonitoringStage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return {@code "Scan"} or {@code "Engage"} */
    public String label() {
        return label;
    }

    /**
     * @param id {@code "scan"} or {@code "engage"}
     * @return the stage, or empty
     */
    public static Optional<MonitoringStage> fromId(String id) {
        return Vocabulary.fromId(MonitoringStage.class, id);
    }
}
