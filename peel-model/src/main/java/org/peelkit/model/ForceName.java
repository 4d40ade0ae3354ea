package org.peelkit.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One official name of a force and the day it took effect.
 *
 * <pre>{@code
 * new ForceName("Hampshire and Isle of Wight Constabulary", Optional.of(LocalDate.of(2022, 11, 16)));
 * }</pre>
 *
 * @param name  the official name
 * @param since the day it took effect; empty for a force's first known name
 */
public record ForceName(String name, Optional<LocalDate> since) {

    /**
     * Checks that nothing is null.
     *
     * @param name the official name
     * @param since the day it took effect; empty for a force's first known name
     */
    public ForceName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(since, "since");
    }

    /**
     * @param name a force's first known name
     * @return the name, in effect from the start
     */
    public static ForceName of(String name) {
        return new ForceName(name, Optional.empty());
    }
}
